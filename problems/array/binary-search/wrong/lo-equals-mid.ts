// @verdict TLE
// Moves lo = mid instead of mid + 1: once hi = lo + 1 and nums[lo] < target, mid stays lo and the loop never ends.
function search(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid]! < target) lo = mid;
    else hi = mid;
  }
  return nums[lo] === target ? lo : -1;
}
