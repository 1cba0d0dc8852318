function multiHeadAttention(
  x: number[][],
  wq: number[][],
  wk: number[][],
  wv: number[][],
  wo: number[][],
  numHeads: number,
  causal: boolean,
): number[][] {
  const seq = x.length;
  const dModel = wq.length;
  const dHead = dModel / numHeads;
  const scale = 1 / Math.sqrt(dHead);

  // Projections: Q = x·Wq, K = x·Wk, V = x·Wv, each [seq][dModel].
  const q = matmul(x, wq);
  const k = matmul(x, wk);
  const v = matmul(x, wv);

  // Head h owns the columns [h·dHead, (h+1)·dHead); its output lands in the same columns of `concat`.
  const concat: number[][] = Array.from({ length: seq }, () => new Array<number>(dModel).fill(0));
  const scores = new Array<number>(seq);
  for (let h = 0; h < numHeads; h++) {
    const off = h * dHead;
    for (let i = 0; i < seq; i++) {
      const last = causal ? i : seq - 1; // causal: position i sees j <= i only
      const qi = q[i]!;
      let max = -Infinity;
      for (let j = 0; j <= last; j++) {
        const kj = k[j]!;
        let s = 0;
        for (let c = off; c < off + dHead; c++) s += qi[c]! * kj[c]!;
        s *= scale;
        scores[j] = s;
        if (s > max) max = s;
      }
      // Softmax with the row maximum subtracted: every exponent is <= 0, so nothing overflows, and the
      // maximum itself contributes e^0 = 1, so the sum is never 0.
      let sum = 0;
      for (let j = 0; j <= last; j++) {
        const e = Math.exp(scores[j]! - max);
        scores[j] = e;
        sum += e;
      }
      const out = concat[i]!;
      for (let j = 0; j <= last; j++) {
        const w = scores[j]! / sum;
        const vj = v[j]!;
        for (let c = off; c < off + dHead; c++) out[c] = out[c]! + w * vj[c]!;
      }
    }
  }
  return matmul(concat, wo);
}

/** a [n][m] times b [m][p]. */
function matmul(a: number[][], b: number[][]): number[][] {
  const m = b.length;
  const p = b[0]!.length;
  return a.map((row) => {
    const out = new Array<number>(p).fill(0);
    for (let t = 0; t < m; t++) {
      const r = row[t]!;
      if (r === 0) continue;
      const bt = b[t]!;
      for (let c = 0; c < p; c++) out[c] += r * bt[c]!;
    }
    return out;
  });
}
