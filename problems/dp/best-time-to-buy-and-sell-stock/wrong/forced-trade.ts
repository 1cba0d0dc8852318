// @verdict WA
// Starts from -Infinity and always sells on some later day: on falling prices it reports a loss instead of 0 (no trade).
function maxProfit(prices: number[]): number {
  let best = -Infinity;
  let minPrice = prices[0]!;
  for (let i = 1; i < prices.length; i++) {
    best = Math.max(best, prices[i]! - minPrice);
    minPrice = Math.min(minPrice, prices[i]!);
  }
  return prices.length < 2 ? 0 : best;
}
