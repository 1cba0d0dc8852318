// @verdict WA
// Writes the L2 term of the loss as l2·‖w‖² (no 1/2) while the gradient is l2·w: the loss does not match the
// stated objective (and its own gradient).
function logisticRegressionStep(
  X: number[][],
  y: number[],
  w: number[],
  b: number,
  lr: number,
  l1: number,
  l2: number,
): { loss: number; gradW: number[]; gradB: number; w: number[]; b: number } {
  const n = X.length;
  const d = w.length;
  let loss = 0;
  const gradW = w.map(() => 0);
  let gradB = 0;
  X.forEach((row, i) => {
    const z = row.reduce((s, x, j) => s + x * w[j]!, b);
    const p = 1 / (1 + Math.exp(-z));
    loss += Math.max(z, 0) - z * y[i]! + Math.log1p(Math.exp(-Math.abs(z)));
    row.forEach((x, j) => (gradW[j]! += (p - y[i]!) * x));
    gradB += p - y[i]!;
  });
  loss /= n;
  for (let j = 0; j < d; j++) {
    gradW[j] = gradW[j]! / n + l1 * Math.sign(w[j]!) + l2 * w[j]!;
    loss += l1 * Math.abs(w[j]!) + l2 * w[j]! * w[j]!;
  }
  gradB /= n;
  return { loss, gradW, gradB, w: w.map((v, j) => v - lr * gradW[j]!), b: b - lr * gradB };
}
