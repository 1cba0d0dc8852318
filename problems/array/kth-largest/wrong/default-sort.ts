// @verdict WA
// Sorts without a comparator: JavaScript's default sort compares numbers as strings, so 100 < 25 < 9.
function findKthLargest(nums: number[], k: number): number {
  nums.sort();
  return nums[nums.length - k]!;
}
