// @verdict WA
// Computes a (stable) softmax first and then takes log of the probability: a probability that underflows
// to 0 gives log(0) = -Infinity, so the loss becomes Infinity instead of e.g. 2000.
function crossEntropy(logits: number[][], labels: number[]): number {
  let total = 0;
  logits.forEach((row, b) => {
    let max = -Infinity;
    for (const x of row) max = Math.max(max, x);
    const e = row.map((x) => Math.exp(x - max));
    const sum = e.reduce((s, v) => s + v, 0);
    total += -Math.log(e[labels[b]!]! / sum);
  });
  return total / logits.length;
}
