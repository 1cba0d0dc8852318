// @verdict WA
// Viterbi without the end transition scores: the last tag is the argmax of the forward scores alone.
function viterbiDecode(emissions: number[][], transitions: number[][], start: number[], end: number[]): number[] {
  const L = emissions.length;
  const K = start.length;
  let score = start.map((s, j) => s + emissions[0]![j]!);
  const back: number[][] = [];
  for (let t = 1; t < L; t++) {
    const ptr: number[] = [];
    const next: number[] = [];
    for (let j = 0; j < K; j++) {
      let best = 0;
      for (let i = 1; i < K; i++) if (score[i]! + transitions[i]![j]! > score[best]! + transitions[best]![j]!) best = i;
      ptr.push(best);
      next.push(score[best]! + transitions[best]![j]! + emissions[t]![j]!);
    }
    back.push(ptr);
    score = next;
  }
  let last = 0;
  for (let j = 1; j < K; j++) if (score[j]! > score[last]!) last = j;
  const path = [last];
  for (let t = L - 2; t >= 0; t--) path.unshift(back[t]![path[0]!]!);
  return path;
}
