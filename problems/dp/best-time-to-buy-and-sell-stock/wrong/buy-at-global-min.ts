// @verdict WA
// Buys on the day of the lowest price and sells at the highest price after it: the best pair may not use the global minimum.
function maxProfit(prices: number[]): number {
  let at = 0;
  for (let i = 1; i < prices.length; i++) if (prices[i]! < prices[at]!) at = i;
  let best = 0;
  for (let j = at + 1; j < prices.length; j++) best = Math.max(best, prices[j]! - prices[at]!);
  return best;
}
