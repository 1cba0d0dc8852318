function search(nums: number[], target: number): number {
  // Binary search: of the two halves around mid, at least one is sorted. Check whether the target lies
  // within the sorted half's range; if so search there, otherwise in the other half.
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = nums[mid]!;
    if (m === target) return mid;
    const first = nums[lo]!;
    if (first <= m) {
      // [lo, mid] is sorted (first <= m also covers lo === mid).
      if (first <= target && target < m) hi = mid - 1;
      else lo = mid + 1;
    } else {
      // [mid, hi] is sorted.
      const last = nums[hi]!;
      if (m < target && target <= last) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}
