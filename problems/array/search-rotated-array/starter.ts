function search(nums: number[], target: number): number {
  // 要求 O(log n)：评测会统计读取 nums 元素的次数
  return -1;
}
