function findInMountainArray(target: number, mountainArr: MountainArray): number {
  const n = mountainArr.length();
  // 1. The peak: the first index whose right neighbour is smaller (binary search on the slope's direction).
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mountainArr.get(mid) < mountainArr.get(mid + 1)) lo = mid + 1;
    else hi = mid;
  }
  const peak = lo;

  // 2. Binary search on one slope; `ascending` says which way it runs.
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

  // 3. The increasing slope first: any index there is smaller than every index on the decreasing slope.
  const left = search(0, peak, true);
  if (left !== -1) return left;
  return search(peak + 1, n - 1, false);
}
