// @verdict WA
// Treats any position at or beyond n as the goal ("jumping out of the array"): the statement requires
// landing exactly on n, so for [0] (the end 2 steps away) the answer is -1, not 1.
function minJumps(arr: number[]): number {
  const n = arr.length;
  const steps = new Array<number>(n + 1).fill(-1); // steps[p + 1] for p in [-1, n - 1]
  steps[0] = 0;
  let best = -1;
  for (let i = 0; i <= n; i++) {
    const s = steps[i]!;
    if (s < 0) continue;
    for (let d = 3; d <= 5; d++) {
      const j = i + d; // index of position i - 1 + d
      if (j >= n + 1) {
        if (best < 0 || s + 1 < best) best = s + 1;
      } else if (arr[j - 1] === 0 && (steps[j]! < 0 || s + 1 < steps[j]!)) steps[j] = s + 1;
    }
  }
  return best;
}
