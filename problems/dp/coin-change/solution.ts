function coinChange(coins: number[], amount: number): number {
  // dp[x] = the fewest coins that make x (Infinity if x cannot be made). dp[0] = 0, and
  // dp[x] = 1 + min over coins c <= x of dp[x - c]: the last coin used is some c.
  const dp = new Float64Array(amount + 1).fill(Infinity);
  dp[0] = 0;
  for (let x = 1; x <= amount; x++) {
    for (const c of coins) {
      if (c <= x && dp[x - c]! + 1 < dp[x]!) dp[x] = dp[x - c]! + 1;
    }
  }
  return dp[amount] === Infinity ? -1 : dp[amount]!;
}
