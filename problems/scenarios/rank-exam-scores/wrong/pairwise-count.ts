// @verdict TLE
// Counts the higher scores of every candidate with a second loop: Θ(n²), 2.5·10^11 comparisons at n = 5·10^5.
function rankScores(scores: number[]): number[] {
  const n = scores.length;
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let higher = 0;
    for (let j = 0; j < n; j++) if (scores[j]! > scores[i]!) higher++;
    ranks[i] = higher + 1;
  }
  return ranks;
}
