// @verdict WA
// Breaks ties between equal logits towards the higher expert index.
function moeRoute(x: number[][], gateWeights: number[][], k: number): { experts: number[][]; weights: number[][]; auxLoss: number } {
  const T = x.length;
  const E = gateWeights[0]!.length;
  const experts: number[][] = [];
  const weights: number[][] = [];
  const f = new Array<number>(E).fill(0);
  const P = new Array<number>(E).fill(0);
  for (const row of x) {
    const logits = Array.from({ length: E }, (_, e) => row.reduce((s, v, j) => s + v * gateWeights[j]![e]!, 0));
    const m = Math.max(...logits);
    const ex = logits.map((l) => Math.exp(l - m));
    const z = ex.reduce((a, b) => a + b, 0);
    const p = ex.map((v) => v / z);
    const top = Array.from({ length: E }, (_, e) => e).sort((a, b) => logits[b]! - logits[a]! || b - a).slice(0, k);
    const sel = top.reduce((s, e) => s + p[e]!, 0);
    const w = top.map((e) => p[e]! / sel);
    experts.push(top);
    weights.push(w);
    for (const e of top) f[e] += 1;
    for (let e = 0; e < E; e++) P[e] += p[e]!;
  }
  let loss = 0;
  for (let e = 0; e < E; e++) loss += (f[e]! / T) * (P[e]! / T);
  return { experts, weights, auxLoss: E * loss };
}
