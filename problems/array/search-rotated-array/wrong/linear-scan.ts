// @verdict WA
// Scans the array with indexOf: correct values, but O(n) reads of nums, far over the read budget of an O(log n) search.
function search(nums: number[], target: number): number {
  return nums.indexOf(target);
}
