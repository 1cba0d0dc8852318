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
  // x 的形状是 (N, C)，按通道（列）归一化 · x is (N, C); normalise each channel (column)
  return { y: x.map((row) => row.slice()), runningMean: runningMean.slice(), runningVar: runningVar.slice() };
}
