// @verdict WA
// Sums the per-sample losses (reduction='sum') instead of averaging them (PyTorch's default 'mean').
function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  logits.forEach((row, b) => {
    let max = -Infinity;
    for (const x of row) max = Math.max(max, x);
    let sum = 0;
    for (const x of row) sum += Math.exp(x - max);
    total += max + Math.log(sum) - row[labels[b]!]!;
  });
  return total;
}
