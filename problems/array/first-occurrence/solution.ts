function firstOccurrence(nums: number[], target: number): number {
  // Lower bound: the first index whose value is >= target, by binary search on [lo, hi).
  // Invariant: every index < lo holds a value < target; every index >= hi holds a value >= target.
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  // lo is where target would be inserted; it is the answer only if target is really there.
  return lo < nums.length && nums[lo] === target ? lo : -1;
}
