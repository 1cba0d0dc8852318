// @verdict WA
// Divides by the L2 norm sqrt(Σx² + eps) instead of the root MEAN square: forgets the 1/D.
function rmsNorm(x: number[][], weight: number[], eps: number): number[][] {
  return x.map((row) => {
    const norm = Math.sqrt(row.reduce((a, b) => a + b * b, 0) + eps);
    return row.map((v, j) => (v / norm) * weight[j]!);
  });
}
