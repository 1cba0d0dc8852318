// @verdict WA
// Shifts every logit by the FIRST chunk's maximum and never updates it: a later chunk with much larger logits
// overflows exp().
function chunkedCrossEntropy(logitChunks: number[][], label: number): number {
  let shift: number | undefined;
  let s = 0;
  let target = 0;
  let i = 0;
  for (const chunk of logitChunks) {
    if (chunk.length === 0) continue;
    if (shift === undefined) shift = Math.max(...chunk);
    for (const x of chunk) {
      s += Math.exp(x - shift);
      if (i++ === label) target = x;
    }
  }
  return shift! + Math.log(s) - target;
}
