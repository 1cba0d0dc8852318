// @verdict WA
// Each chunk's sum is taken relative to that chunk's own maximum, but the sums are added without rescaling them
// to the common maximum: sums measured in different units.
function chunkedCrossEntropy(logitChunks: number[][], label: number): number {
  let m = -Infinity;
  let s = 0;
  let target = 0;
  let i = 0;
  for (const chunk of logitChunks) {
    if (chunk.length === 0) continue;
    const cm = Math.max(...chunk);
    for (const x of chunk) {
      s += Math.exp(x - cm);
      if (i++ === label) target = x;
    }
    m = Math.max(m, cm);
  }
  return m + Math.log(s) - target;
}
