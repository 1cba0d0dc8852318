// @verdict WA
// Runs the forward recursion on probabilities instead of log-probabilities: over long inputs the
// likelihood (e^-1000 and below) underflows to 0 and the loss becomes Infinity.
function ctcLoss(logProbs: number[][], target: number[], blank: number): number {
  const T = logProbs.length;
  const ext: number[] = [blank];
  for (const l of target) ext.push(l, blank);
  const L = ext.length;
  let alpha = new Array<number>(L).fill(0);
  alpha[0] = Math.exp(logProbs[0]![blank]!);
  if (L > 1) alpha[1] = Math.exp(logProbs[0]![ext[1]!]!);
  for (let t = 1; t < T; t++) {
    const next = new Array<number>(L).fill(0);
    for (let s = 0; s < L; s++) {
      let a = alpha[s]!;
      if (s >= 1) a += alpha[s - 1]!;
      if (s >= 2 && ext[s] !== blank && ext[s] !== ext[s - 2]) a += alpha[s - 2]!;
      next[s] = a * Math.exp(logProbs[t]![ext[s]!]!);
    }
    alpha = next;
  }
  return -Math.log(L > 1 ? alpha[L - 1]! + alpha[L - 2]! : alpha[0]!);
}
