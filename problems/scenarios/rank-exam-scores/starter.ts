function rankScores(scores: number[]): number[] {
  // 在这里写你的代码 · write your code here（本题禁用 sort）
  return [];
}
