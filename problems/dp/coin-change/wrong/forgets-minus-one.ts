// @verdict WA
// A correct DP that forgets to turn "unreachable" into -1: it returns its sentinel amount + 1 instead.
function coinChange(coins: number[], amount: number): number {
  const dp = new Array<number>(amount + 1).fill(amount + 1);
  dp[0] = 0;
  for (let x = 1; x <= amount; x++) {
    for (const c of coins) if (c <= x) dp[x] = Math.min(dp[x]!, dp[x - c]! + 1);
  }
  return dp[amount]!;
}
