// @verdict WA
// Finds the label's logit as if every chunk had the size of the first one: chunks[⌊label / size⌋][label % size].
function chunkedCrossEntropy(logitChunks: number[][], label: number): number {
  let m = -Infinity;
  let s = 0;
  for (const chunk of logitChunks) {
    if (chunk.length === 0) continue;
    let cm = -Infinity;
    for (const x of chunk) cm = Math.max(cm, x);
    let cs = 0;
    for (const x of chunk) cs += Math.exp(x - cm);
    if (cm > m) {
      s = s * Math.exp(m - cm) + cs;
      m = cm;
    } else s += cs * Math.exp(cm - m);
  }
  const size = logitChunks.find((c) => c.length > 0)!.length;
  const target = logitChunks[Math.floor(label / size)]?.[label % size] ?? 0;
  return m + Math.log(s) - target;
}
