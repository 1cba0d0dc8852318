// @verdict WA
// logsumexp without a guard for −∞: max + log(Σ exp(x − max)) gives −∞ − (−∞) = NaN as soon as every
// term is unreachable, and the NaN spreads to the result.
function ctcLoss(logProbs: number[][], target: number[], blank: number): number {
  const T = logProbs.length;
  const ext: number[] = [blank];
  for (const l of target) ext.push(l, blank);
  const L = ext.length;
  const lse = (xs: number[]): number => {
    const m = Math.max(...xs);
    let s = 0;
    for (const x of xs) s += Math.exp(x - m);
    return m + Math.log(s);
  };
  let alpha = new Array<number>(L).fill(-Infinity);
  alpha[0] = logProbs[0]![blank]!;
  if (L > 1) alpha[1] = logProbs[0]![ext[1]!]!;
  for (let t = 1; t < T; t++) {
    const next = new Array<number>(L).fill(-Infinity);
    for (let s = 0; s < L; s++) {
      const terms = [alpha[s]!];
      if (s >= 1) terms.push(alpha[s - 1]!);
      if (s >= 2 && ext[s] !== blank && ext[s] !== ext[s - 2]) terms.push(alpha[s - 2]!);
      next[s] = lse(terms) + logProbs[t]![ext[s]!]!;
    }
    alpha = next;
  }
  return -(L > 1 ? lse([alpha[L - 1]!, alpha[L - 2]!]) : alpha[0]!);
}
