// @verdict WA
// Seven races, but the final holds A2, A3, B1, C1 and D1: B2 is left out (and D1 can never make the top three).
function findTop3(race: (horses: number[]) => number[]): number[] {
  const heats: number[][] = [];
  for (let g = 0; g < 5; g++) heats.push(race([5 * g, 5 * g + 1, 5 * g + 2, 5 * g + 3, 5 * g + 4]));
  const winners = race(heats.map((h) => h[0]!));
  const heatOf = (w: number) => heats.find((h) => h[0] === w)!;
  const A = heatOf(winners[0]!);
  const final = race([A[1]!, A[2]!, winners[1]!, winners[2]!, winners[3]!]);
  return [A[0]!, final[0]!, final[1]!];
}
