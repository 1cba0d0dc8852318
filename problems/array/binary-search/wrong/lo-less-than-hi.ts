// @verdict WA
// Loops while lo < hi with hi = n - 1: the last candidate (lo === hi) is never looked at, e.g. n = 1 or the last element.
function search(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[mid]! < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
