// @verdict WA
// Decides second place and third place in two separate races after the winners' race: 8 races in all.
function findTop3(race: (horses: number[]) => number[]): number[] {
  const heats: number[][] = [];
  for (let g = 0; g < 5; g++) heats.push(race([5 * g, 5 * g + 1, 5 * g + 2, 5 * g + 3, 5 * g + 4]));
  const winners = race(heats.map((h) => h[0]!));
  const heatOf = (w: number) => heats.find((h) => h[0] === w)!;
  const A = heatOf(winners[0]!);
  const B = heatOf(winners[1]!);
  const C = heatOf(winners[2]!);
  // Second place: A2 or B1.
  const second = race([A[1]!, B[0]!])[0]!;
  // Third place: the runner-up of that race, or the horse right behind the second one.
  const third = second === A[1] ? race([A[2]!, B[0]!])[0]! : race([A[1]!, B[1]!, C[0]!])[0]!;
  return [A[0]!, second, third];
}
