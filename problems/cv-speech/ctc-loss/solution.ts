function ctcLoss(logProbs: number[][], target: number[], blank: number): number {
  const T = logProbs.length;
  const S = target.length;
  const L = 2 * S + 1;
  // Extended label sequence: blank, l1, blank, l2, …, lS, blank.
  const ext = new Int32Array(L);
  for (let s = 0; s < L; s++) ext[s] = s % 2 === 0 ? blank : target[(s - 1) / 2]!;
  // A state may also be entered from two states back (skipping a blank) unless it is a blank or repeats
  // the label two states back: two equal labels need a blank between them.
  const canSkip = new Uint8Array(L);
  for (let s = 2; s < L; s++) canSkip[s] = ext[s] !== blank && ext[s] !== ext[s - 2] ? 1 : 0;

  // log(e^a + e^b), safe when either side is −∞.
  const lse = (a: number, b: number): number => {
    if (a === -Infinity) return b;
    if (b === -Infinity) return a;
    return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
  };

  // Forward variables in log space: alpha[s] = log P(first t+1 frames end in state s). Only states from
  // which the end is still reachable, and which the start can already reach, are updated.
  let alpha = new Float64Array(L).fill(-Infinity);
  let next = new Float64Array(L).fill(-Infinity);
  alpha[0] = logProbs[0]![blank]!;
  if (L > 1) alpha[1] = logProbs[0]![ext[1]!]!;
  for (let t = 1; t < T; t++) {
    const row = logProbs[t]!;
    const lo = Math.max(0, L - 2 * (T - t));
    const hi = Math.min(L - 1, 2 * t + 1);
    next.fill(-Infinity);
    for (let s = lo; s <= hi; s++) {
      let a = alpha[s]!;
      if (s >= 1) a = lse(a, alpha[s - 1]!);
      if (canSkip[s]) a = lse(a, alpha[s - 2]!);
      next[s] = a + row[ext[s]!]!;
    }
    [alpha, next] = [next, alpha];
  }
  // A valid path ends in the last label or the final blank.
  const logLikelihood = L > 1 ? lse(alpha[L - 1]!, alpha[L - 2]!) : alpha[0]!;
  return -logLikelihood; // +Infinity when no alignment exists (PyTorch with zero_infinity=False)
}
