function maxProfit(prices: number[]): number {
  // 在这里写你的代码 · write your code here
  return 0;
}
