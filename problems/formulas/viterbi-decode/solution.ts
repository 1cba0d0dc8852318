function viterbiDecode(emissions: number[][], transitions: number[][], start: number[], end: number[]): number[] {
  const L = emissions.length;
  const K = start.length;
  // score[j]: the best score of a prefix ending in tag j; back[t][j]: the tag before j at position t.
  let score = start.map((s, j) => s + emissions[0]![j]!);
  const back: Int32Array[] = [];
  for (let t = 1; t < L; t++) {
    const ptr = new Int32Array(K);
    const next = new Array<number>(K);
    for (let j = 0; j < K; j++) {
      let best = 0;
      let bestScore = score[0]! + transitions[0]![j]!;
      for (let i = 1; i < K; i++) {
        const s = score[i]! + transitions[i]![j]!;
        if (s > bestScore) { // strict: ties keep the lowest index
          bestScore = s;
          best = i;
        }
      }
      ptr[j] = best;
      next[j] = bestScore + emissions[t]![j]!;
    }
    back.push(ptr);
    score = next;
  }
  // The end transition counts before choosing the last tag.
  let last = 0;
  for (let j = 1; j < K; j++) if (score[j]! + end[j]! > score[last]! + end[last]!) last = j;
  const path = new Array<number>(L);
  path[L - 1] = last;
  for (let t = L - 1; t >= 1; t--) path[t - 1] = back[t - 1]![path[t]!]!;
  return path;
}
