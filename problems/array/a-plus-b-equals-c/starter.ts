function findSumTriples(nums: number[]): number[][] {
  // 每个组合写成 [a, b, c]（a <= b, a + b = c），组合之间的顺序任意，不能重复
  return [];
}
