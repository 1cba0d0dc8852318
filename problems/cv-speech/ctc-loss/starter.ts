function ctcLoss(logProbs: number[][], target: number[], blank: number): number {
  // logProbs: [T][C]，每一行已经过 log_softmax；返回 −log p(target | logProbs)，没有合法对齐时返回 Infinity
  return 0;
}
