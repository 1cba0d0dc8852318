function rmsNorm(x: number[][], weight: number[], eps: number): number[][] {
  // LLaMA's RMSNorm, row by row: y = x / sqrt(mean(x²) + eps) · weight. No mean subtraction, no bias.
  const d = weight.length;
  return x.map((row) => {
    let sumSq = 0;
    for (let j = 0; j < d; j++) sumSq += row[j]! * row[j]!;
    const inv = 1 / Math.sqrt(sumSq / d + eps); // eps inside the square root
    const out = new Array<number>(d);
    for (let j = 0; j < d; j++) out[j] = row[j]! * inv * weight[j]!;
    return out;
  });
}
