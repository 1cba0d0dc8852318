// @verdict WA
// Greedy decoding: always takes the single most likely next token, ignoring numBeams and the length penalty.
function beamSearch(startLogProbs: number[], transitionLogProbs: number[][], eos: number, numBeams: number, maxLength: number, lengthPenalty: number): number[] {
  const seq: number[] = [];
  let row = startLogProbs;
  while (seq.length < maxLength) {
    let best = 0;
    for (let v = 1; v < row.length; v++) if (row[v]! > row[best]!) best = v;
    seq.push(best);
    if (best === eos) break;
    row = transitionLogProbs[best]!;
  }
  return seq;
}
