function permutation(s: string): string[] {
  // 返回 s 的所有不重复的排列，顺序任意 · every distinct permutation of s, in any order
  return [];
}
