function probRealCoin(n: number, m: number, k: number): number {
  // n 枚真硬币、m 枚两面都是正面的假硬币，随机取一枚连抛 k 次都是正面，返回它是真硬币的概率
  return 0;
}
