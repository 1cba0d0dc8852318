// @verdict WA
// Off by the tie: the rank is the number of scores >= s (the LAST place of the tied group), not 1 + the number of scores > s.
function rankScores(scores: number[]): number[] {
  const count = new Int32Array(751);
  for (const s of scores) count[s]!++;
  const rankOf = new Int32Array(751);
  let atLeast = 0;
  for (let s = 750; s >= 0; s--) {
    atLeast += count[s]!;
    rankOf[s] = atLeast;
  }
  return scores.map((s) => rankOf[s]!);
}
