// @verdict TLE
// Tries every bucket for every value, with only the capacity check: no sorting, no skipping of buckets
// with the same fill, no stop after an empty bucket. On a "no" instance with n = 16 it explores up to
// k^n assignments, most of them the same partition with the buckets relabelled.
function canPartitionKSubsets(nums: number[], k: number): boolean {
  const total = nums.reduce((a, b) => a + b, 0);
  if (total % k !== 0) return false;
  const target = total / k;
  const buckets = new Array<number>(k).fill(0);
  const dfs = (i: number): boolean => {
    if (i === nums.length) return true;
    for (let b = 0; b < k; b++) {
      if (buckets[b]! + nums[i]! > target) continue;
      buckets[b]! += nums[i]!;
      if (dfs(i + 1)) return true;
      buckets[b]! -= nums[i]!;
    }
    return false;
  };
  return dfs(0);
}
