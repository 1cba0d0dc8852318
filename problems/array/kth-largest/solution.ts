function findKthLargest(nums: number[], k: number): number {
  // The k-th largest is the element at index n - k of the ascending order. Quickselect keeps only the
  // side of the partition that holds that index: a random pivot defeats sorted inputs, and the
  // three-way partition (< pivot | = pivot | > pivot) defeats runs of equal values.
  const target = nums.length - k;
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const pivot = nums[lo + Math.floor(Math.random() * (hi - lo + 1))]!;
    // Invariant: [lo, lt) < pivot, [lt, i) = pivot, [i, gt] unseen, (gt, hi] > pivot.
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const v = nums[i]!;
      if (v < pivot) {
        nums[i] = nums[lt]!;
        nums[lt++] = v;
        i++;
      } else if (v > pivot) {
        nums[i] = nums[gt]!;
        nums[gt--] = v;
      } else {
        i++;
      }
    }
    if (target < lt) hi = lt - 1;
    else if (target > gt) lo = gt + 1;
    else return pivot;
  }
  return nums[target]!;
}
