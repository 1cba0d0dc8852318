// @verdict WA
// Subtracts the maximum of the whole matrix instead of each row's: a row far below it underflows to all
// zeros and 0 / 0 is NaN.
function softmax(logits: number[][]): number[][] {
  let max = -Infinity;
  for (const row of logits) for (const x of row) max = Math.max(max, x);
  return logits.map((row) => {
    const e = row.map((x) => Math.exp(x - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  });
}
