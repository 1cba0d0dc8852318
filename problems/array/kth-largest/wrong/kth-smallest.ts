// @verdict WA
// Off by the direction: sorts ascending and returns nums[k - 1], the k-th smallest instead of the k-th largest.
function findKthLargest(nums: number[], k: number): number {
  nums.sort((a, b) => a - b);
  return nums[k - 1]!;
}
