// @verdict TLE
// The right recurrence without memoisation: from each position it tries all three jumps again and
// again, so the number of paths grows like 1.3^n (about 10^12 for n = 100).
function minJumps(arr: number[]): number {
  const n = arr.length;
  const go = (p: number): number => {
    if (p === n) return 0;
    let best = Infinity;
    for (let d = 3; d <= 5; d++) {
      const q = p + d;
      if (q > n || (q < n && arr[q] !== 0)) continue;
      best = Math.min(best, 1 + go(q));
    }
    return best;
  };
  const r = go(-1);
  return r === Infinity ? -1 : r;
}
