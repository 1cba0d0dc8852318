function hasSubsetSum(nums: number[], m: number): boolean {
  // 每个元素最多选一次；空集的和为 0
  return false;
}
