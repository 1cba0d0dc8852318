// @verdict WA
// Normalises each feature over the rows (BatchNorm's axis) instead of each row over its features.
function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  const n = x.length;
  const d = gamma.length;
  const out = x.map((row) => row.slice());
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i]![j]!;
    mean /= n;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += (x[i]![j]! - mean) ** 2;
    variance /= n;
    for (let i = 0; i < n; i++) out[i]![j] = ((x[i]![j]! - mean) / Math.sqrt(variance + eps)) * gamma[j]! + beta[j]!;
  }
  return out;
}
