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
  let mean: number[];
  let variance: number[];
  const newMean = runningMean.slice();
  const newVar = runningVar.slice();
  if (training) {
    // Two passes per channel: the mean first, then the mean squared deviation. Unlike
    // E[x²] − E[x]², this does not cancel catastrophically when the mean is large and the spread small.
    mean = new Array<number>(c).fill(0);
    variance = new Array<number>(c).fill(0);
    for (const row of x) for (let j = 0; j < c; j++) mean[j]! += row[j]!;
    for (let j = 0; j < c; j++) mean[j] = mean[j]! / n;
    for (const row of x) {
      for (let j = 0; j < c; j++) {
        const d = row[j]! - mean[j]!;
        variance[j]! += d * d;
      }
    }
    for (let j = 0; j < c; j++) {
      const sq = variance[j]!;
      variance[j] = sq / n; // biased: used to normalise
      const unbiased = sq / (n - 1); // unbiased: goes into the running average (PyTorch)
      newMean[j] = (1 - momentum) * runningMean[j]! + momentum * mean[j]!;
      newVar[j] = (1 - momentum) * runningVar[j]! + momentum * unbiased;
    }
  } else {
    // Eval: normalise with the running statistics, which stay unchanged.
    mean = runningMean;
    variance = runningVar;
  }
  const scale = gamma.map((g, j) => g / Math.sqrt(variance[j]! + eps)); // eps inside the root
  const y = x.map((row) => row.map((v, j) => (v - mean[j]!) * scale[j]! + beta[j]!));
  return { y, runningMean: newMean, runningVar: newVar };
}
