// @verdict WA
// The textbook formula without the shift: exp(1000) overflows to Infinity and Infinity / Infinity is NaN.
function softmax(logits: number[][]): number[][] {
  return logits.map((row) => {
    const e = row.map((x) => Math.exp(x));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  });
}
