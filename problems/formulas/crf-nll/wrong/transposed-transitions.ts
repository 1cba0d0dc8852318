// @verdict WA
// Reads the transition matrix the wrong way round, transitions[to][from] instead of transitions[from][to].
function crfNll(emissions: number[][], tags: number[], transitions: number[][], start: number[], end: number[]): number {
  const L = emissions.length;
  const K = start.length;
  let gold = start[tags[0]!]! + emissions[0]![tags[0]!]!;
  for (let t = 1; t < L; t++) gold += transitions[tags[t]!]![tags[t - 1]!]! + emissions[t]![tags[t]!]!;
  gold += end[tags[L - 1]!]!;
  let alpha = start.map((s, j) => s + emissions[0]![j]!);
  for (let t = 1; t < L; t++) {
    const next: number[] = [];
    for (let j = 0; j < K; j++) {
      let m = -Infinity;
      for (let i = 0; i < K; i++) m = Math.max(m, alpha[i]! + transitions[j]![i]!);
      let s = 0;
      for (let i = 0; i < K; i++) s += Math.exp(alpha[i]! + transitions[j]![i]! - m);
      next.push(m + Math.log(s) + emissions[t]![j]!);
    }
    alpha = next;
  }
  const fin = alpha.map((a, j) => a + end[j]!);
  const m = Math.max(...fin);
  return m + Math.log(fin.reduce((s, a) => s + Math.exp(a - m), 0)) - gold;
}
