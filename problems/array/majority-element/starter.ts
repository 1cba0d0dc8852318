function majorityElement(nums: number[]): number {
  // 返回出现次数超过 n/2 的元素；不存在时返回 -1
  return -1;
}
