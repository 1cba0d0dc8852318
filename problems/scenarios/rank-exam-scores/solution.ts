function rankScores(scores: number[]): number[] {
  const MAX_SCORE = 750;
  // count[s]: how many candidates scored s.
  const count = new Int32Array(MAX_SCORE + 1);
  for (let i = 0; i < scores.length; i++) count[scores[i]!]!++;
  // rankOf[s] = 1 + the number of candidates scoring strictly more than s (a suffix sum).
  const rankOf = new Int32Array(MAX_SCORE + 1);
  let higher = 0;
  for (let s = MAX_SCORE; s >= 0; s--) {
    rankOf[s] = higher + 1;
    higher += count[s]!;
  }
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < scores.length; i++) ranks[i] = rankOf[scores[i]!]!;
  return ranks;
}
