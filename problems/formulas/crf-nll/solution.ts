/** log(Σ exp(v_i)), stable: the maximum is factored out. */
function logSumExp(v: number[]): number {
  let max = -Infinity;
  for (const x of v) if (x > max) max = x;
  let sum = 0;
  for (const x of v) sum += Math.exp(x - max);
  return max + Math.log(sum);
}

function crfNll(emissions: number[][], tags: number[], transitions: number[][], start: number[], end: number[]): number {
  const L = emissions.length;
  const K = start.length;
  // Score of the gold path: start + emissions + transitions between neighbours + end.
  let gold = start[tags[0]!]! + emissions[0]![tags[0]!]!;
  for (let t = 1; t < L; t++) gold += transitions[tags[t - 1]!]![tags[t]!]! + emissions[t]![tags[t]!]!;
  gold += end[tags[L - 1]!]!;

  // Forward algorithm in the log domain: alpha[j] = log of the summed exp-scores of all prefixes ending in j.
  let alpha = start.map((s, j) => s + emissions[0]![j]!);
  const terms = new Array<number>(K);
  for (let t = 1; t < L; t++) {
    const next = new Array<number>(K);
    for (let j = 0; j < K; j++) {
      for (let i = 0; i < K; i++) terms[i] = alpha[i]! + transitions[i]![j]!;
      next[j] = logSumExp(terms) + emissions[t]![j]!;
    }
    alpha = next;
  }
  const logZ = logSumExp(alpha.map((a, j) => a + end[j]!));
  return logZ - gold;
}
