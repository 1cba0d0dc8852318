// @verdict WA
// Searches the decreasing slope first and returns what it finds there: the larger of two indices.
function findInMountainArray(target: number, mountainArr: MountainArray): number {
  const n = mountainArr.length();
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mountainArr.get(mid) < mountainArr.get(mid + 1)) lo = mid + 1;
    else hi = mid;
  }
  const peak = lo;
  const search = (from: number, to: number, ascending: boolean): number => {
    while (from <= to) {
      const mid = (from + to) >> 1;
      const v = mountainArr.get(mid);
      if (v === target) return mid;
      if ((v < target) === ascending) from = mid + 1;
      else to = mid - 1;
    }
    return -1;
  };
  const right = search(peak, n - 1, false);
  if (right !== -1) return right;
  return search(0, peak - 1, true);
}
