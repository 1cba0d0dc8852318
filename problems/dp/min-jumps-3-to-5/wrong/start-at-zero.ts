// @verdict WA
// Off by one: starts at index 0 instead of -1 (as if standing on the first cell), so every distance is
// one step shorter than it should be.
function minJumps(arr: number[]): number {
  const n = arr.length;
  const steps = new Array<number>(n + 1).fill(-1);
  steps[0] = 0;
  for (let i = 3; i <= n; i++) {
    if (i < n && arr[i] !== 0) continue;
    let best = -1;
    for (let d = 3; d <= 5 && d <= i; d++) {
      const s = steps[i - d]!;
      if (s >= 0 && (best < 0 || s < best)) best = s;
    }
    if (best >= 0) steps[i] = best + 1;
  }
  return steps[n]!;
}
