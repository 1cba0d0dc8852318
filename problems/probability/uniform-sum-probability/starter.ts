function probSumBelow(n: number, t: number): number {
  // P(X1 + … + Xn < t)，Xi 独立同分布于 U(0, 1)
  return 0;
}
