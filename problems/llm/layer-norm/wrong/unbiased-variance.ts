// @verdict WA
// Divides the sum of squared deviations by D − 1 (torch.var's default, unbiased) instead of D.
function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  const d = gamma.length;
  return x.map((row) => {
    const mean = row.reduce((a, b) => a + b, 0) / d;
    const variance = row.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(d - 1, 1);
    return row.map((v, j) => ((v - mean) / Math.sqrt(variance + eps)) * gamma[j]! + beta[j]!);
  });
}
