// @verdict WA
// Returns the highest price minus the lowest, ignoring that the buy must come before the sell.
function maxProfit(prices: number[]): number {
  return Math.max(...prices) - Math.min(...prices);
}
