function topKOfTwo(a: number[], b: number[], k: number): number[] {
  // a、b 均按从大到小排列；按从大到小的顺序返回最大的 k 个数
  return [];
}
