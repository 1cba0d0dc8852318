// @verdict WA
// Six races: the first three of the winners' race are taken as the top three, ignoring A2, A3 and B2.
function findTop3(race: (horses: number[]) => number[]): number[] {
  const heats: number[][] = [];
  for (let g = 0; g < 5; g++) heats.push(race([5 * g, 5 * g + 1, 5 * g + 2, 5 * g + 3, 5 * g + 4]));
  const winners = race(heats.map((h) => h[0]!));
  return winners.slice(0, 3);
}
