function findTop3(race: (horses: number[]) => number[]): number[] {
  // Races 1–5: five heats of five horses, each ranked fastest first.
  const heats: number[][] = [];
  for (let g = 0; g < 5; g++) heats.push(race([5 * g, 5 * g + 1, 5 * g + 2, 5 * g + 3, 5 * g + 4]));

  // Race 6: the five heat winners. Name the heats A, B, C, D, E by their winner's place here.
  const winners = race(heats.map((h) => h[0]!));
  const heatOf = (winner: number): number[] => heats.find((h) => h[0] === winner)!;
  const A = heatOf(winners[0]!);
  const B = heatOf(winners[1]!);
  const C = heatOf(winners[2]!);

  // A1 is the fastest of all. Places 2 and 3 can only go to horses with at most two known horses
  // ahead of them: A2, A3 (behind A1), B1, B2 (behind A1, B1), C1 (behind A1, B1). Race 7 decides.
  const final = race([A[1]!, A[2]!, B[0]!, B[1]!, C[0]!]);
  return [A[0]!, final[0]!, final[1]!];
}
