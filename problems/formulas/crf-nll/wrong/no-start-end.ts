// @verdict WA
// Leaves out the start and end transition scores, in the gold score and in the partition function alike.
function crfNll(emissions: number[][], tags: number[], transitions: number[][], start: number[], end: number[]): number {
  const L = emissions.length;
  const K = emissions[0]!.length;
  let gold = emissions[0]![tags[0]!]!;
  for (let t = 1; t < L; t++) gold += transitions[tags[t - 1]!]![tags[t]!]! + emissions[t]![tags[t]!]!;
  let alpha = emissions[0]!.slice();
  for (let t = 1; t < L; t++) {
    const next: number[] = [];
    for (let j = 0; j < K; j++) {
      let m = -Infinity;
      for (let i = 0; i < K; i++) m = Math.max(m, alpha[i]! + transitions[i]![j]!);
      let s = 0;
      for (let i = 0; i < K; i++) s += Math.exp(alpha[i]! + transitions[i]![j]! - m);
      next.push(m + Math.log(s) + emissions[t]![j]!);
    }
    alpha = next;
  }
  const m = Math.max(...alpha);
  const logZ = m + Math.log(alpha.reduce((s, a) => s + Math.exp(a - m), 0));
  return logZ - gold;
}
