function chunkedCrossEntropy(logitChunks: number[][], label: number): number {
  // Running log-sum-exp over the chunks seen so far: lse = m + log(s), with s = Σ exp(x − m).
  let m = -Infinity;
  let s = 0;
  let offset = 0; // index of the current chunk's first class in the concatenation
  let target = 0;
  for (const chunk of logitChunks) {
    if (chunk.length === 0) continue; // nothing to add (and −∞ − (−∞) would be NaN)
    let cm = -Infinity;
    for (const x of chunk) if (x > cm) cm = x;
    let cs = 0;
    for (const x of chunk) cs += Math.exp(x - cm);
    // Merge (m, s) with the chunk's (cm, cs) around the larger maximum.
    if (cm > m) {
      s = s * Math.exp(m - cm) + cs; // exp(−∞) = 0 on the first chunk
      m = cm;
    } else {
      s += cs * Math.exp(cm - m);
    }
    if (label >= offset && label < offset + chunk.length) target = chunk[label - offset]!;
    offset += chunk.length;
  }
  // −log softmax(x)[label] = logsumexp(x) − x[label]
  return m + Math.log(s) - target;
}
