function topK(nums: number[], k: number): number[] {
  // 不能使用 sort()，请手写堆 · sort() throws here: write the heap yourself
  return [];
}
