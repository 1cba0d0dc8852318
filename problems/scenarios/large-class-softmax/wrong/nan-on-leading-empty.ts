// @verdict WA
// The online merge without a guard for empty chunks: while nothing has been seen, m = −∞, and an empty chunk has
// maximum −∞ too, so exp(m − M) = exp(−∞ + ∞) = NaN poisons the sum.
function chunkedCrossEntropy(logitChunks: number[][], label: number): number {
  let m = -Infinity;
  let s = 0;
  let offset = 0;
  let target = 0;
  for (const chunk of logitChunks) {
    let cm = -Infinity;
    for (const x of chunk) cm = Math.max(cm, x);
    let cs = 0;
    for (const x of chunk) cs += Math.exp(x - cm);
    const M = Math.max(m, cm);
    s = s * Math.exp(m - M) + cs * Math.exp(cm - M);
    m = M;
    if (label >= offset && label < offset + chunk.length) target = chunk[label - offset]!;
    offset += chunk.length;
  }
  return m + Math.log(s) - target;
}
