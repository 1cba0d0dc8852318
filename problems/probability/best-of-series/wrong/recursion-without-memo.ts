// @verdict TLE
// Plays the series out recursively, P(a, b) = p·P(a − 1, b) + (1 − p)·P(a, b − 1), without memoisation:
// about C(games + 1, need) calls, hopeless beyond a few dozen games.
function seriesWinProbability(p: number, games: number): number {
  const need = (games + 1) / 2;
  // a: wins still needed by the player, b: by the opponent
  const win = (a: number, b: number): number => {
    if (a === 0) return 1;
    if (b === 0) return 0;
    return p * win(a - 1, b) + (1 - p) * win(a, b - 1);
  };
  return win(need, need);
}
