function chunkedCrossEntropy(logitChunks: number[][], label: number): number {
  // 在这里写你的代码 · write your code here
  return 0;
}
