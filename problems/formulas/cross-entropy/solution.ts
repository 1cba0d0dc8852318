function crossEntropy(logits: number[][], labels: number[]): number {
  // CE_b = -log softmax(x_b)[y_b] = logsumexp(x_b) - x_b[y_b], with the stable
  // logsumexp(x) = m + log(sum_k exp(x_k - m)), m = max_k x_k. Never forms a probability,
  // so nothing underflows to log(0).
  let total = 0;
  for (let b = 0; b < logits.length; b++) {
    const row = logits[b]!;
    let max = -Infinity;
    for (const x of row) if (x > max) max = x;
    let sum = 0;
    for (const x of row) sum += Math.exp(x - max);
    total += max + Math.log(sum) - row[labels[b]!]!;
  }
  return total / logits.length; // reduction 'mean'
}
