// @verdict RE
// Sorts the candidates by score with the library sort, which this problem forbids (it throws).
function rankScores(scores: number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const ranks = new Array<number>(scores.length);
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    ranks[i] = p > 0 && scores[order[p - 1]!] === scores[i] ? ranks[order[p - 1]!]! : p + 1;
  }
  return ranks;
}
