// @verdict WA
// Binary cross-entropy as -[y·log p + (1 − y)·log(1 − p)] on the probability: once the sigmoid saturates to
// 0 or 1, log(0) = -Infinity and the loss is Infinity or NaN.
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
    loss += -(y[i]! * Math.log(p) + (1 - y[i]!) * Math.log(1 - p));
    row.forEach((x, j) => (gradW[j]! += (p - y[i]!) * x));
    gradB += p - y[i]!;
  });
  loss /= n;
  for (let j = 0; j < d; j++) {
    gradW[j] = gradW[j]! / n + l1 * Math.sign(w[j]!) + l2 * w[j]!;
    loss += l1 * Math.abs(w[j]!) + (l2 / 2) * w[j]! * w[j]!;
  }
  gradB /= n;
  return { loss, gradW, gradB, w: w.map((v, j) => v - lr * gradW[j]!), b: b - lr * gradB };
}
