// @verdict WA
// Reads only the final blank state at the end: alignments that finish on the last label are lost.
function ctcLoss(logProbs: number[][], target: number[], blank: number): number {
  const T = logProbs.length;
  const ext: number[] = [blank];
  for (const l of target) ext.push(l, blank);
  const L = ext.length;
  const lse = (a: number, b: number): number => {
    if (a === -Infinity) return b;
    if (b === -Infinity) return a;
    const m = Math.max(a, b);
    return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  };
  let alpha = new Array<number>(L).fill(-Infinity);
  alpha[0] = logProbs[0]![blank]!;
  if (L > 1) alpha[1] = logProbs[0]![ext[1]!]!;
  for (let t = 1; t < T; t++) {
    const next = new Array<number>(L).fill(-Infinity);
    for (let s = 0; s < L; s++) {
      let a = alpha[s]!;
      if (s >= 1) a = lse(a, alpha[s - 1]!);
      if (s >= 2 && ext[s] !== blank && ext[s] !== ext[s - 2]) a = lse(a, alpha[s - 2]!);
      next[s] = a + logProbs[t]![ext[s]!]!;
    }
    alpha = next;
  }
  return -alpha[L - 1]!;
}
