function coinChange(coins: number[], amount: number): number {
  // 凑不出来时返回 -1
  return -1;
}
