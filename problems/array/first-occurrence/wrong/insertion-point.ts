// @verdict WA
// A correct lower bound, but it returns the insertion point without checking that target is there: absent targets do not give -1.
function firstOccurrence(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
