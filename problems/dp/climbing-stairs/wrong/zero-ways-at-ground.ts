// @verdict WA
// Sets dp[0] = 0, but there is exactly one way to climb zero stairs (do nothing): dp[2] comes out as 1.
function climbStairs(n: number): number {
  const dp = new Array<number>(n + 1).fill(0);
  dp[0] = 0;
  dp[1] = 1;
  for (let i = 2; i <= n; i++) dp[i] = dp[i - 1]! + dp[i - 2]!;
  return dp[n]!;
}
