// @verdict WA
// Counts "at least games/2 wins" with integer division, k >= Math.floor(games / 2): for an odd number of games
// that also counts the series the player loses by one game.
function seriesWinProbability(p: number, games: number): number {
  let sum = 0;
  let logC = 0; // log C(games, k), built up term by term
  for (let k = 0; k <= games; k++) {
    if (k > 0) logC += Math.log(games - k + 1) - Math.log(k);
    if (k >= Math.floor(games / 2)) {
      sum += Math.exp(logC) * Math.pow(p, k) * Math.pow(1 - p, games - k);
    }
  }
  return sum;
}
