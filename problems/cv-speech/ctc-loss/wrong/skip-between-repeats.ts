// @verdict WA
// Allows the skip from state s − 2 whenever state s is a label, even when it repeats the label two states
// back: "a a" then collapses with no blank between, so impossible targets get a finite loss and others too small.
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
      if (s >= 2 && ext[s] !== blank) a = lse(a, alpha[s - 2]!);
      next[s] = a + logProbs[t]![ext[s]!]!;
    }
    alpha = next;
  }
  return -(L > 1 ? lse(alpha[L - 1]!, alpha[L - 2]!) : alpha[0]!);
}
