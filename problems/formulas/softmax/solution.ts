function softmax(logits: number[][]): number[][] {
  // Row by row: subtract the row's maximum before exp. softmax is unchanged by a constant shift, and
  // after the shift every exponent is <= 0 (no overflow) and the largest term is exactly 1, so the
  // sum is >= 1 (never 0, no division by zero).
  return logits.map((row) => {
    let max = -Infinity;
    for (const x of row) if (x > max) max = x;
    const out = new Array<number>(row.length);
    let sum = 0;
    for (let j = 0; j < row.length; j++) {
      out[j] = Math.exp(row[j]! - max);
      sum += out[j]!;
    }
    for (let j = 0; j < row.length; j++) out[j] = out[j]! / sum;
    return out;
  });
}
