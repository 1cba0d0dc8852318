// @verdict WA
// Uses the Keras convention for momentum (running = m·running + (1 − m)·batch); PyTorch weighs the batch by m.
function batchNorm(
  x: number[][],
  gamma: number[],
  beta: number[],
  runningMean: number[],
  runningVar: number[],
  momentum: number,
  eps: number,
  training: boolean,
): { y: number[][]; runningMean: number[]; runningVar: number[] } {
  const n = x.length;
  const c = gamma.length;
  if (!training) {
    const y = x.map((row) => row.map((v, j) => (gamma[j]! * (v - runningMean[j]!)) / Math.sqrt(runningVar[j]! + eps) + beta[j]!));
    return { y, runningMean: runningMean.slice(), runningVar: runningVar.slice() };
  }
  const mean: number[] = [];
  const variance: number[] = [];
  for (let j = 0; j < c; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += x[i]![j]!;
    const mu = s / n;
    let sq = 0;
    for (let i = 0; i < n; i++) sq += (x[i]![j]! - mu) ** 2;
    mean.push(mu);
    variance.push(sq / n);
  }
  const y = x.map((row) => row.map((v, j) => (gamma[j]! * (v - mean[j]!)) / Math.sqrt(variance[j]! + eps) + beta[j]!));
  return {
    y,
    runningMean: runningMean.map((r, j) => momentum * r + (1 - momentum) * mean[j]!),
    runningVar: runningVar.map((r, j) => momentum * r + (1 - momentum) * variance[j]! * n / (n - 1)),
  };
}
