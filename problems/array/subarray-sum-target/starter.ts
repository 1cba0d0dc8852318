function findSubarray(nums: number[], target: number): number[] {
  // 返回 [l, r]（下标从 0 开始，闭区间）；不存在时返回 []
  return [];
}
