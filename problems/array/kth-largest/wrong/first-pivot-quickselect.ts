// @verdict TLE
// Quickselect with the first element as pivot and a two-way (Lomuto) partition: each round removes a
// single element on sorted, reverse-sorted and all-equal inputs, so 1e5 values take Θ(n²) steps.
function findKthLargest(nums: number[], k: number): number {
  const target = nums.length - k;
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const pivot = nums[lo]!;
    let store = lo;
    for (let i = lo + 1; i <= hi; i++) {
      if (nums[i]! < pivot) {
        store++;
        const t = nums[i]!;
        nums[i] = nums[store]!;
        nums[store] = t;
      }
    }
    nums[lo] = nums[store]!;
    nums[store] = pivot;
    if (store === target) return pivot;
    if (store < target) lo = store + 1;
    else hi = store - 1;
  }
  return nums[target]!;
}
