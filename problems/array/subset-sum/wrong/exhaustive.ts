// @verdict TLE
// Tries both choices for every element (with pruning once the sum passes m): exponential, hopeless for n = 200 when the answer is false.
function hasSubsetSum(nums: number[], m: number): boolean {
  const go = (i: number, sum: number): boolean => {
    if (sum === m) return true;
    if (i === nums.length || sum > m) return false;
    return go(i + 1, sum + nums[i]!) || go(i + 1, sum);
  };
  return go(0, 0);
}
