// @verdict WA
// The forward algorithm on probabilities (exp of the scores) without logs or rescaling: the sums overflow
// to Infinity on long sequences and on large scores, giving Infinity or NaN.
function crfNll(emissions: number[][], tags: number[], transitions: number[][], start: number[], end: number[]): number {
  const L = emissions.length;
  const K = start.length;
  let gold = start[tags[0]!]! + emissions[0]![tags[0]!]!;
  for (let t = 1; t < L; t++) gold += transitions[tags[t - 1]!]![tags[t]!]! + emissions[t]![tags[t]!]!;
  gold += end[tags[L - 1]!]!;
  let alpha = start.map((s, j) => Math.exp(s + emissions[0]![j]!));
  for (let t = 1; t < L; t++) {
    const next: number[] = [];
    for (let j = 0; j < K; j++) {
      let s = 0;
      for (let i = 0; i < K; i++) s += alpha[i]! * Math.exp(transitions[i]![j]!);
      next.push(s * Math.exp(emissions[t]![j]!));
    }
    alpha = next;
  }
  const Z = alpha.reduce((s, a, j) => s + a * Math.exp(end[j]!), 0);
  return Math.log(Z) - gold;
}
