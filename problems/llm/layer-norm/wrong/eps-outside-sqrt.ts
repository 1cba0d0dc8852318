// @verdict WA
// Adds eps to the standard deviation, (x − μ) / (σ + ε), instead of inside the root, (x − μ) / √(σ² + ε).
function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  const d = gamma.length;
  return x.map((row) => {
    const mean = row.reduce((a, b) => a + b, 0) / d;
    const variance = row.reduce((a, b) => a + (b - mean) ** 2, 0) / d;
    return row.map((v, j) => ((v - mean) / (Math.sqrt(variance) + eps)) * gamma[j]! + beta[j]!);
  });
}
