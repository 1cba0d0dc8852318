// @verdict WA
// Guards log(0) with an epsilon, -log(p + 1e-12): no NaN, but the loss is capped near 27.6, so a sample
// that is confidently wrong (true loss 2000) is badly under-counted.
function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  logits.forEach((row, b) => {
    let max = -Infinity;
    for (const x of row) max = Math.max(max, x);
    let sum = 0;
    for (const x of row) sum += Math.exp(x - max);
    const p = Math.exp(row[labels[b]!]! - max) / sum;
    total += -Math.log(p + 1e-12);
  });
  return total / logits.length;
}
