// @verdict WA
// Greedy: always takes the longest legal jump (5, else 4, else 3). A long jump can land in a dead end
// that a shorter one would have avoided, and it can also waste jumps near the end.
function minJumps(arr: number[]): number {
  const n = arr.length;
  let p = -1;
  let jumps = 0;
  while (p !== n) {
    let moved = false;
    for (let d = 5; d >= 3; d--) {
      const q = p + d;
      if (q > n || (q < n && arr[q] !== 0)) continue;
      p = q;
      moved = true;
      break;
    }
    if (!moved) return -1;
    jumps++;
  }
  return jumps;
}
