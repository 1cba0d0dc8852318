function search(nums: number[], target: number): number {
  // Invariant: if target is in nums, its index lies in [lo, hi] (both inclusive). The range shrinks by at
  // least one every round (mid is excluded either way), so the loop ends; lo > hi means it is absent.
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    const m = nums[mid]!;
    if (m === target) return mid;
    if (m < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
