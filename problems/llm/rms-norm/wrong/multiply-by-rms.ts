// @verdict WA
// Confuses sqrt with rsqrt: multiplies by sqrt(mean(x²) + eps) instead of dividing by it.
function rmsNorm(x: number[][], weight: number[], eps: number): number[][] {
  const d = weight.length;
  return x.map((row) => {
    const r = Math.sqrt(row.reduce((a, b) => a + b * b, 0) / d + eps);
    return row.map((v, j) => v * r * weight[j]!);
  });
}
