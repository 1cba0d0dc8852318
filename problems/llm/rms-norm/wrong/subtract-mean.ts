// @verdict WA
// Centres each row first (LayerNorm without the bias): RMSNorm does not subtract the mean.
function rmsNorm(x: number[][], weight: number[], eps: number): number[][] {
  const d = weight.length;
  return x.map((row) => {
    const mean = row.reduce((a, b) => a + b, 0) / d;
    const ms = row.reduce((a, b) => a + (b - mean) ** 2, 0) / d;
    return row.map((v, j) => ((v - mean) / Math.sqrt(ms + eps)) * weight[j]!);
  });
}
