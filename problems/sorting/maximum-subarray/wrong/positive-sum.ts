// @verdict WA
// Adds up every positive number (falling back to the maximum when none is positive): that is the best subsequence, not a contiguous subarray.
function maxSubArray(nums: number[]): number {
  let sum = 0;
  let max = -Infinity;
  for (const x of nums) {
    if (x > 0) sum += x;
    max = Math.max(max, x);
  }
  return max > 0 ? sum : max;
}
