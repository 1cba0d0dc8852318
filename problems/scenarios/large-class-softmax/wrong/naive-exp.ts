// @verdict WA
// Sums exp(x) without subtracting the maximum: exp(1000) overflows to Infinity and the loss becomes Infinity or NaN.
function chunkedCrossEntropy(logitChunks: number[][], label: number): number {
  let sum = 0;
  let target = 0;
  let i = 0;
  for (const chunk of logitChunks) {
    for (const x of chunk) {
      sum += Math.exp(x);
      if (i++ === label) target = x;
    }
  }
  return Math.log(sum) - target;
}
