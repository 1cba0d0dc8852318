// @verdict WA
// Dense ranking: 1 + the number of DISTINCT higher scores, so the rank after a tie is not skipped (1, 1, 2 instead of 1, 1, 3).
function rankScores(scores: number[]): number[] {
  const seen = new Uint8Array(751);
  for (const s of scores) seen[s] = 1;
  const rankOf = new Int32Array(751);
  let distinctHigher = 0;
  for (let s = 750; s >= 0; s--) {
    rankOf[s] = distinctHigher + 1;
    distinctHigher += seen[s]!;
  }
  return scores.map((s) => rankOf[s]!);
}
