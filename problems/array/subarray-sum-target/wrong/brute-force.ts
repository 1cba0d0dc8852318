// @verdict TLE
// Tries every left end and extends it until the sum reaches the target: O(n²) when the target is larger than the total.
function findSubarray(nums: number[], target: number): number[] {
  for (let l = 0; l < nums.length; l++) {
    let sum = 0;
    for (let r = l; r < nums.length; r++) {
      sum += nums[r]!;
      if (sum === target) return [l, r];
      if (sum > target) break;
    }
  }
  return [];
}
