function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  // Normalise every row (token) over its own D features, like torch.nn.LayerNorm(D, eps).
  const d = gamma.length;
  return x.map((row) => {
    // Two passes: the mean first, then the mean of squared deviations. The one-pass formula
    // E[x²] − E[x]² cancels catastrophically when the values are large and their spread is tiny.
    let mean = 0;
    for (let j = 0; j < d; j++) mean += row[j]!;
    mean /= d;
    let variance = 0;
    for (let j = 0; j < d; j++) {
      const c = row[j]! - mean;
      variance += c * c;
    }
    variance /= d; // biased: divide by D, not D − 1
    const inv = 1 / Math.sqrt(variance + eps); // eps inside the square root
    const out = new Array<number>(d);
    for (let j = 0; j < d; j++) out[j] = (row[j]! - mean) * inv * gamma[j]! + beta[j]!;
    return out;
  });
}
