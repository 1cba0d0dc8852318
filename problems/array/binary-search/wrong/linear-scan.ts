// @verdict WA
// Scans from the left: correct values, but O(n) reads of nums, far over the read budget of an O(log n) search.
function search(nums: number[], target: number): number {
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] === target) return i;
    if (nums[i]! > target) return -1;
  }
  return -1;
}
