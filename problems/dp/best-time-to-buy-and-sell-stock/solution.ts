function maxProfit(prices: number[]): number {
  // Scan once: if we sell on day i, the best buy is the lowest price before it.
  let minPrice = Infinity;
  let best = 0; // not trading at all gives 0
  for (const p of prices) {
    if (p - minPrice > best) best = p - minPrice;
    if (p < minPrice) minPrice = p;
  }
  return best;
}
