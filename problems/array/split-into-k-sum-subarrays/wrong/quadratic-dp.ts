// @verdict TLE
// Correct DP over cut positions, but each position scans every earlier one: Θ(n²) = 5·10^9 steps at n = 10^5.
function canSplit(nums: number[], k: number): boolean {
  const n = nums.length;
  const prefix = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + nums[i]!;
  // ok[i]: the first i elements can be cut into pieces of sum k.
  const ok = new Array<boolean>(n + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= n; i++) {
    for (let j = i - 1; j >= 0; j--) {
      if (ok[j] && prefix[i]! - prefix[j]! === k) {
        ok[i] = true;
        break;
      }
    }
  }
  return ok[n]!;
}
