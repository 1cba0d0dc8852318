function allSubsequences(s: string): string[] {
  // 返回 s 的所有不同的非空子序列，顺序任意 · every distinct non-empty subsequence, in any order
  return [];
}
