// @verdict WA
// The comparison uses <= instead of <, which finds the end of the run of target (upper bound), then steps back one: the last occurrence, not the first.
function firstOccurrence(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && nums[lo - 1] === target ? lo - 1 : -1;
}
