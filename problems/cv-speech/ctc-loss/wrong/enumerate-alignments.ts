// @verdict TLE
// Correct but exponential: recursion over (frame, state) without memoisation re-explores the same
// alignments again and again; long inputs never finish.
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
  // log P(frames 0..t end in state s)
  const go = (t: number, s: number): number => {
    if (s < 0 || s > 2 * t + 1) return -Infinity;
    if (t === 0) return s <= 1 ? logProbs[0]![ext[s]!]! : -Infinity;
    let a = lse(go(t - 1, s), go(t - 1, s - 1));
    if (s >= 2 && ext[s] !== blank && ext[s] !== ext[s - 2]) a = lse(a, go(t - 1, s - 2));
    return a === -Infinity ? a : a + logProbs[t]![ext[s]!]!;
  };
  return -(L > 1 ? lse(go(T - 1, L - 1), go(T - 1, L - 2)) : go(T - 1, 0));
}
