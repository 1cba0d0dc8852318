// @verdict TLE
// Tries every buy day with every later sell day: Θ(n²), 5·10^9 pairs at n = 1e5.
function maxProfit(prices: number[]): number {
  let best = 0;
  for (let i = 0; i < prices.length; i++) {
    for (let j = i + 1; j < prices.length; j++) {
      if (prices[j]! - prices[i]! > best) best = prices[j]! - prices[i]!;
    }
  }
  return best;
}
