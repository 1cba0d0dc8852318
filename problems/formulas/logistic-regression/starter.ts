function logisticRegressionStep(
  X: number[][],
  y: number[],
  w: number[],
  b: number,
  lr: number,
  l1: number,
  l2: number,
): { loss: number; gradW: number[]; gradB: number; w: number[]; b: number } {
  // 在 (w, b) 处计算损失和梯度，再做一步梯度下降 · loss and gradients at (w, b), then one step
  return { loss: 0, gradW: w.map(() => 0), gradB: 0, w: w.slice(), b };
}
