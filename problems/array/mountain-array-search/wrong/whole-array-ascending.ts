// @verdict WA
// One binary search over the whole array as if it were sorted ascending: misses the decreasing slope.
function findInMountainArray(target: number, mountainArr: MountainArray): number {
  let lo = 0;
  let hi = mountainArr.length() - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = mountainArr.get(mid);
    if (v === target) return mid;
    if (v < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
