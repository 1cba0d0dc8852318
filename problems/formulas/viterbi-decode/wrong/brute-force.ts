// @verdict TLE
// Scores all K^L tag sequences and keeps the best: correct, but exponential in the length.
function viterbiDecode(emissions: number[][], transitions: number[][], start: number[], end: number[]): number[] {
  const L = emissions.length;
  const K = start.length;
  const path = new Array<number>(L).fill(0);
  let best: number[] = [];
  let bestScore = -Infinity;
  const visit = (t: number, s: number): void => {
    if (t === L) {
      const total = s + end[path[L - 1]!]!;
      if (total > bestScore) {
        bestScore = total;
        best = path.slice();
      }
      return;
    }
    for (let j = 0; j < K; j++) {
      path[t] = j;
      visit(t + 1, s + emissions[t]![j]! + (t === 0 ? start[j]! : transitions[path[t - 1]!]![j]!));
    }
  };
  visit(0, 0);
  return best;
}
