// @verdict TLE
// Enumerates all K^L tag sequences for the partition function (with a stable running log-sum-exp):
// correct, but exponential in the sequence length.
function crfNll(emissions: number[][], tags: number[], transitions: number[][], start: number[], end: number[]): number {
  const L = emissions.length;
  const K = start.length;
  const score = (path: number[]): number => {
    let s = start[path[0]!]! + emissions[0]![path[0]!]!;
    for (let t = 1; t < L; t++) s += transitions[path[t - 1]!]![path[t]!]! + emissions[t]![path[t]!]!;
    return s + end[path[L - 1]!]!;
  };
  let max = -Infinity;
  let sum = 0; // Σ exp(score − max)
  const path: number[] = new Array<number>(L).fill(0);
  const visit = (t: number): void => {
    if (t === L) {
      const s = score(path);
      if (s > max) {
        sum = sum * Math.exp(max - s) + 1;
        max = s;
      } else {
        sum += Math.exp(s - max);
      }
      return;
    }
    for (let j = 0; j < K; j++) {
      path[t] = j;
      visit(t + 1);
    }
  };
  visit(0);
  return max + Math.log(sum) - score(tags);
}
