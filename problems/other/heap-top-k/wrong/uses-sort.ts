// @verdict RE
// Sorts the whole array: O(n log n) and, above all, sort() is not allowed in this problem (it throws).
function topK(nums: number[], k: number): number[] {
  return nums.slice().sort((a, b) => b - a).slice(0, k);
}
