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
  let bce = 0;
  const gradW = new Array<number>(d).fill(0);
  let gradB = 0;
  for (let i = 0; i < n; i++) {
    const row = X[i]!;
    let z = b;
    for (let j = 0; j < d; j++) z += row[j]! * w[j]!;
    // BCE from the logit, stable for any z: max(z, 0) − z·y + log(1 + e^{−|z|}).
    bce += Math.max(z, 0) - z * y[i]! + Math.log1p(Math.exp(-Math.abs(z)));
    // Sigmoid without overflow: exp of a non-positive number only.
    const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    const r = p - y[i]!; // dBCE/dz
    for (let j = 0; j < d; j++) gradW[j]! += r * row[j]!;
    gradB += r;
  }
  let l1Norm = 0;
  let sq = 0;
  for (let j = 0; j < d; j++) {
    l1Norm += Math.abs(w[j]!);
    sq += w[j]! * w[j]!;
    // Data term averaged over n; regularisation on w only (never on b), sign(0) = 0.
    gradW[j] = gradW[j]! / n + l1 * Math.sign(w[j]!) + l2 * w[j]!;
  }
  gradB /= n;
  const loss = bce / n + l1 * l1Norm + (l2 / 2) * sq;
  return { loss, gradW, gradB, w: w.map((v, j) => v - lr * gradW[j]!), b: b - lr * gradB };
}
