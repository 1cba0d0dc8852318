// @verdict WA
// Takes the argmax of the emissions at every position independently, ignoring transitions, start and end.
function viterbiDecode(emissions: number[][], transitions: number[][], start: number[], end: number[]): number[] {
  return emissions.map((row) => {
    let best = 0;
    for (let j = 1; j < row.length; j++) if (row[j]! > row[best]!) best = j;
    return best;
  });
}
