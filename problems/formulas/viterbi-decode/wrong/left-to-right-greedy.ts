// @verdict WA
// Greedy decoding with transitions (a beam of width 1): picks the best next tag given the previous choice
// only, never revisiting a choice that a later position makes expensive.
function viterbiDecode(emissions: number[][], transitions: number[][], start: number[], end: number[]): number[] {
  const L = emissions.length;
  const K = start.length;
  const path: number[] = [];
  for (let t = 0; t < L; t++) {
    let best = -1;
    let bestScore = -Infinity;
    for (let j = 0; j < K; j++) {
      let s = emissions[t]![j]! + (t === 0 ? start[j]! : transitions[path[t - 1]!]![j]!);
      if (t === L - 1) s += end[j]!;
      if (s > bestScore) {
        bestScore = s;
        best = j;
      }
    }
    path.push(best);
  }
  return path;
}
