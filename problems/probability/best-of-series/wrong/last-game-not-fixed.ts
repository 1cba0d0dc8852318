// @verdict WA
// Counts the series that stop early with C(need + j, j) orderings of need wins and j losses, forgetting that
// the deciding (last) game must be a win: the right count is C(need − 1 + j, j).
function seriesWinProbability(p: number, games: number): number {
  const need = (games + 1) / 2;
  let sum = 0;
  let c = 1; // C(need + j, j)
  for (let j = 0; j < need; j++) {
    if (j > 0) c = (c * (need + j)) / j;
    sum += c * Math.pow(p, need) * Math.pow(1 - p, j);
  }
  return sum;
}
