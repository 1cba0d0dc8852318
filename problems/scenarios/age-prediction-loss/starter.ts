function ageLoss(probs: number[][], ages: number[], sigma: number): { loss: number; mae: number; acc: number } {
  // 在这里写你的代码 · write your code here
  return { loss: 0, mae: 0, acc: 0 };
}
