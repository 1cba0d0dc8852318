function trainSteps(
  params: MLPParams,
  frozen: string[][],
  X: number[][],
  Y: number[][],
  lr: number,
  momentum: number,
  weightDecay: number,
): { params: MLPParams; losses: number[] } {
  // Work on copies: the caller's arrays stay as they were.
  const p: MLPParams = {
    W1: params.W1.map((r) => [...r]), b1: [...params.b1],
    W2: params.W2.map((r) => [...r]), b2: [...params.b2],
    W3: params.W3.map((r) => [...r]), b3: [...params.b3],
  };
  const n = X.length;
  const dOut = p.W3.length;

  // y = x Wᵀ + b for every row x of A (torch.nn.Linear).
  const linear = (A: number[][], W: number[][], b: number[]): number[][] =>
    A.map((x) => W.map((w, j) => {
      let s = b[j]!;
      for (let k = 0; k < x.length; k++) s += x[k]! * w[k]!;
      return s;
    }));
  const relu = (Z: number[][]): number[][] => Z.map((z) => z.map((v) => (v > 0 ? v : 0)));
  // Given dL/dOut (n × out) of a linear layer with input A (n × in) and weight W (out × in):
  // dL/dW = dOutᵀ A, dL/db = column sums of dOut, dL/dA = dOut W.
  const backLinear = (dOutM: number[][], A: number[][], W: number[][]) => {
    const gW = W.map((w) => w.map(() => 0));
    const gb = W.map(() => 0);
    const dA = A.map((a) => a.map(() => 0));
    for (let i = 0; i < dOutM.length; i++) {
      const d = dOutM[i]!;
      const a = A[i]!;
      for (let j = 0; j < W.length; j++) {
        const dj = d[j]!;
        if (dj === 0) continue;
        gb[j]! += dj;
        const w = W[j]!;
        const g = gW[j]!;
        for (let k = 0; k < a.length; k++) {
          g[k]! += dj * a[k]!;
          dA[i]![k]! += dj * w[k]!;
        }
      }
    }
    return { gW, gb, dA };
  };
  // ReLU'(z) = 1 for z > 0 and 0 otherwise (0 at z = 0, as PyTorch).
  const reluBack = (dH: number[][], Z: number[][]): number[][] => dH.map((d, i) => d.map((v, j) => (Z[i]![j]! > 0 ? v : 0)));

  // Momentum buffers exist only for parameters that have been updated at least once.
  const buf: Partial<Record<keyof MLPParams, number[][] | number[]>> = {};
  const losses: number[] = [];
  for (let t = 0; t < frozen.length; t++) {
    // Forward.
    const Z1 = linear(X, p.W1, p.b1);
    const H1 = relu(Z1);
    const Z2 = linear(H1, p.W2, p.b2);
    const H2 = relu(Z2);
    const out = linear(H2, p.W3, p.b3);
    // MSE, mean over all n · d_out entries.
    let loss = 0;
    const dOutM = out.map((o, i) => o.map((v, j) => {
      const e = v - Y[i]![j]!;
      loss += e * e;
      return (2 * e) / (n * dOut);
    }));
    losses.push(loss / (n * dOut));

    // Backward through every layer: a frozen layer is not updated, but the gradient still flows
    // through it to the layers before.
    const l3 = backLinear(dOutM, H2, p.W3);
    const l2 = backLinear(reluBack(l3.dA, Z2), H1, p.W2);
    const l1 = backLinear(reluBack(l2.dA, Z1), X, p.W1);
    const grads: Record<keyof MLPParams, number[][] | number[]> = {
      W1: l1.gW, b1: l1.gb, W2: l2.gW, b2: l2.gb, W3: l3.gW, b3: l3.gb,
    };

    // torch.optim.SGD(momentum, weight_decay, dampening = 0, nesterov = False) on the trainable ones.
    const skip = new Set(frozen[t]);
    for (const name of ['W1', 'b1', 'W2', 'b2', 'W3', 'b3'] as const) {
      if (skip.has(name)) continue; // frozen: no update, and its buffer is left untouched
      const first = buf[name] === undefined;
      const step = (param: number[], grad: number[], b: number[]): void => {
        for (let k = 0; k < param.length; k++) {
          const g = grad[k]! + weightDecay * param[k]!; // L2 weight decay, added to the gradient
          b[k] = first ? g : momentum * b[k]! + g; // the first update starts the buffer at g
          param[k]! -= lr * b[k]!;
        }
      };
      const param = p[name];
      if (first) buf[name] = name.startsWith('W') ? (param as number[][]).map((r) => r.map(() => 0)) : param.map(() => 0);
      if (name.startsWith('W')) {
        const W = param as number[][];
        const G = grads[name] as number[][];
        const B = buf[name] as number[][];
        for (let r = 0; r < W.length; r++) step(W[r]!, G[r]!, B[r]!);
      } else {
        step(param as number[], grads[name] as number[], buf[name] as number[]);
      }
    }
  }
  return { params: p, losses };
}
