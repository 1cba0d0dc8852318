// @verdict WA
// Drops the momentum buffer of a parameter while it is frozen, so after unfreezing it restarts from
// buf = g; PyTorch keeps the optimiser state of a parameter whose gradient is None.
function trainSteps(params: MLPParams, frozen: string[][], X: number[][], Y: number[][], lr: number, momentum: number, weightDecay: number): { params: MLPParams; losses: number[] } {
  const p: any = JSON.parse(JSON.stringify(params));
  const names = ['W1', 'b1', 'W2', 'b2', 'W3', 'b3'];
  const linear = (A: number[][], W: number[][], b: number[]) => A.map((x) => W.map((w, j) => w.reduce((s, v, k) => s + v * x[k]!, b[j]!)));
  const relu = (Z: number[][]) => Z.map((z) => z.map((v) => Math.max(v, 0)));
  const gradW = (D: number[][], A: number[][]) => D[0]!.map((_, j) => A[0]!.map((_, k) => D.reduce((s, d, i) => s + d[j]! * A[i]![k]!, 0)));
  const gradB = (D: number[][]) => D[0]!.map((_, j) => D.reduce((s, d) => s + d[j]!, 0));
  const back = (D: number[][], W: number[][], Z: number[][]) => D.map((d, i) => W[0]!.map((_, k) => (Z[i]![k]! > 0 ? d.reduce((s, v, j) => s + v * W[j]![k]!, 0) : 0)));
  const zip = (a: any, b: any, f: (x: number, y: number) => number): any => (Array.isArray(a) ? a.map((x, i) => zip(x, b[i], f)) : f(a, b));
  const buf: any = {};
  const losses: number[] = [];
  for (const frozenNow of frozen) {
    const skip = new Set(frozenNow);
    const Z1 = linear(X, p.W1, p.b1); const H1 = relu(Z1);
    const Z2 = linear(H1, p.W2, p.b2); const H2 = relu(Z2);
    const O = linear(H2, p.W3, p.b3);
    const size = O.length * O[0]!.length;
    losses.push(O.reduce((s, o, i) => s + o.reduce((t, v, j) => t + (v - Y[i]![j]!) ** 2, 0), 0) / size);
    const D3 = O.map((o, i) => o.map((v, j) => (2 * (v - Y[i]![j]!)) / size));
    const D2 = back(D3, p.W3, Z2);
    const D1 = back(D2, p.W2, Z1);
    const grads: any = { W3: gradW(D3, H2), b3: gradB(D3), W2: gradW(D2, H1), b2: gradB(D2), W1: gradW(D1, X), b1: gradB(D1) };
    for (const name of names) {
      if (skip.has(name)) { delete buf[name]; continue; }
      const g = zip(grads[name], p[name], (gr, pv) => gr + weightDecay * pv);
      buf[name] = buf[name] === undefined ? g : zip(buf[name], g, (b, gv) => momentum * b + gv);
      p[name] = zip(p[name], buf[name], (pv, b) => pv - lr * b);
    }
  }
  return { params: p, losses };
}
