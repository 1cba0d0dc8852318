function minDistance(word1: string, word2: string): number {
  // 在这里写你的代码 · write your code here
  return 0;
}
