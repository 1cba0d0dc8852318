function minJumps(arr: number[]): number {
  const n = arr.length;
  // Shift positions by one: position p in [-1, n] is index p + 1 in [0, n + 1].
  // steps[i]: fewest jumps to land on index i, or -1 if it cannot be reached.
  const steps = new Int32Array(n + 2).fill(-1);
  steps[0] = 0;
  for (let i = 3; i <= n + 1; i++) {
    // Only open cells (0) and the end itself can be landed on.
    if (i <= n && arr[i - 1] !== 0) continue;
    let best = -1;
    for (let d = 3; d <= 5 && d <= i; d++) {
      const s = steps[i - d]!;
      if (s >= 0 && (best < 0 || s < best)) best = s;
    }
    if (best >= 0) steps[i] = best + 1;
  }
  return steps[n + 1]!;
}
