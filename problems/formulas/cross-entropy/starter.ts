function crossEntropy(logits: number[][], labels: number[]): number {
  // 从 logits 计算平均交叉熵 · mean cross-entropy from logits
  return 0;
}
