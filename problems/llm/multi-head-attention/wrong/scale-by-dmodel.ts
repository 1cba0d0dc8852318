// @verdict WA
// Scales the scores by 1/sqrt(dModel) instead of 1/sqrt(dHead).
function multiHeadAttention(x: number[][], wq: number[][], wk: number[][], wv: number[][], wo: number[][], numHeads: number, causal: boolean): number[][] {
  const seq = x.length;
  const dModel = wq.length;
  const dHead = dModel / numHeads;
  const mul = (a: number[][], b: number[][]): number[][] =>
    a.map((row) => b[0]!.map((_, c) => row.reduce((s, v, t) => s + v * b[t]![c]!, 0)));
  const q = mul(x, wq), k = mul(x, wk), v = mul(x, wv);
  const col = (h: number, c: number): number => h * dHead + c;
  const concat = x.map(() => new Array<number>(dModel).fill(0));
  for (let h = 0; h < numHeads; h++) {
    for (let i = 0; i < seq; i++) {
      const last = causal ? i : seq - 1;
      const s: number[] = [];
      for (let j = 0; j <= last; j++) {
        let dot = 0;
        for (let c = 0; c < dHead; c++) dot += q[i]![col(h, c)]! * k[j]![col(h, c)]!;
        s.push(dot / Math.sqrt(dModel));
      }
      const m = Math.max(...s);
      const e = s.map((z) => Math.exp(z - m));
      const sum = e.reduce((a, b) => a + b, 0);
      for (let j = 0; j <= last; j++) for (let c = 0; c < dHead; c++) concat[i]![col(h, c)] += (e[j]! / sum) * v[j]![col(h, c)]!;
    }
  }
  return mul(concat, wo);
}
