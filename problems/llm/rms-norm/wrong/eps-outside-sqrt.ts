// @verdict WA
// Adds eps to the root mean square, x / (rms + eps), as the original paper writes it, instead of inside the root.
function rmsNorm(x: number[][], weight: number[], eps: number): number[][] {
  const d = weight.length;
  return x.map((row) => {
    const rms = Math.sqrt(row.reduce((a, b) => a + b * b, 0) / d);
    return row.map((v, j) => (v / (rms + eps)) * weight[j]!);
  });
}
