// @verdict WA
// One-pass variance E[x²] − E[x]²: catastrophic cancellation when the values are large and close together
// (the computed variance can even be negative, giving NaN).
function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  const d = gamma.length;
  return x.map((row) => {
    let s = 0;
    let s2 = 0;
    for (const v of row) {
      s += v;
      s2 += v * v;
    }
    const mean = s / d;
    const variance = s2 / d - mean * mean;
    return row.map((v, j) => ((v - mean) / Math.sqrt(variance + eps)) * gamma[j]! + beta[j]!);
  });
}
