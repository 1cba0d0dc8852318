// @verdict WA
// Finds the peak, searches the increasing slope and gives up: a target only on the decreasing slope is missed.
function findInMountainArray(target: number, mountainArr: MountainArray): number {
  let lo = 0;
  let hi = mountainArr.length() - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mountainArr.get(mid) < mountainArr.get(mid + 1)) lo = mid + 1;
    else hi = mid;
  }
  let from = 0;
  let to = lo;
  while (from <= to) {
    const mid = (from + to) >> 1;
    const v = mountainArr.get(mid);
    if (v === target) return mid;
    if (v < target) from = mid + 1;
    else to = mid - 1;
  }
  return -1;
}
