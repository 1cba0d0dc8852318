// @verdict WA
// Puts A1 into the final "to be safe": 6 horses in a race with 5 lanes.
function findTop3(race: (horses: number[]) => number[]): number[] {
  const heats: number[][] = [];
  for (let g = 0; g < 5; g++) heats.push(race([5 * g, 5 * g + 1, 5 * g + 2, 5 * g + 3, 5 * g + 4]));
  const winners = race(heats.map((h) => h[0]!));
  const heatOf = (w: number) => heats.find((h) => h[0] === w)!;
  const A = heatOf(winners[0]!);
  const B = heatOf(winners[1]!);
  const C = heatOf(winners[2]!);
  const final = race([A[0]!, A[1]!, A[2]!, B[0]!, B[1]!, C[0]!]);
  return final.slice(0, 3);
}
