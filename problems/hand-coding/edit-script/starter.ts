function editScript(word1: string, word2: string): string[] {
  // 返回把 word1 变成 word2 的最少操作序列，格式见题面：
  // "insert i c"、"delete i"、"replace i c"（i 是当前字符串中的下标）
  return [];
}
