class MLP {
  // Layer 1: nn.Linear(d, h), weight h × d; layer 2: nn.Linear(h, 1), weight as a vector of h.
  private W1: number[][];
  private b1: number[];
  private W2: number[];
  private b2: number;
  private readonly lr: number;

  constructor(W1: number[][], b1: number[], W2: number[], b2: number, lr: number) {
    this.W1 = W1.map((r) => [...r]);
    this.b1 = [...b1];
    this.W2 = [...W2];
    this.b2 = b2;
    this.lr = lr;
  }

  /** Pre-activations and ReLU outputs of the hidden layer, and the logits. */
  private run(X: number[][]): { pre: number[][]; hidden: number[][]; logits: number[] } {
    const pre = X.map((x) => this.W1.map((w, j) => {
      let s = this.b1[j]!;
      for (let k = 0; k < x.length; k++) s += w[k]! * x[k]!;
      return s;
    }));
    const hidden = pre.map((p) => p.map((v) => (v > 0 ? v : 0)));
    const logits = hidden.map((hRow) => {
      let s = this.b2;
      for (let j = 0; j < hRow.length; j++) s += this.W2[j]! * hRow[j]!;
      return s;
    });
    return { pre, hidden, logits };
  }

  /** σ(z) without overflow: exp of a non-positive number only. */
  private static sigmoid(z: number): number {
    if (z >= 0) return 1 / (1 + Math.exp(-z));
    const e = Math.exp(z);
    return e / (1 + e);
  }

  /**
   * Mean binary cross-entropy from logits, as BCEWithLogitsLoss:
   * −[y·log σ(z) + (1 − y)·log(1 − σ(z))] = max(z, 0) − z·y + log(1 + e^(−|z|)).
   */
  private static bce(logits: number[], y: number[]): number {
    let s = 0;
    for (let i = 0; i < logits.length; i++) {
      const z = logits[i]!;
      s += Math.max(z, 0) - z * y[i]! + Math.log1p(Math.exp(-Math.abs(z)));
    }
    return s / logits.length;
  }

  forward(X: number[][]): number[] {
    return this.run(X).logits;
  }

  predictProba(X: number[][]): number[] {
    return this.forward(X).map(MLP.sigmoid);
  }

  predict(X: number[][]): number[] {
    // σ(z) >= 0.5 exactly when z >= 0.
    return this.forward(X).map((z) => (z >= 0 ? 1 : 0));
  }

  loss(X: number[][], y: number[]): number {
    return MLP.bce(this.forward(X), y);
  }

  accuracy(X: number[][], y: number[]): number {
    const pred = this.predict(X);
    let right = 0;
    for (let i = 0; i < y.length; i++) if (pred[i] === y[i]) right++;
    return right / y.length;
  }

  /** One full-batch gradient-descent step on every parameter; returns the loss before the update. */
  trainStep(X: number[][], y: number[]): number {
    const { pre, hidden, logits } = this.run(X);
    const n = X.length;
    const h = this.W1.length;
    const d = this.W1[0]!.length;
    const loss = MLP.bce(logits, y);
    const gW1 = this.W1.map((r) => r.map(() => 0));
    const gb1 = new Array<number>(h).fill(0);
    const gW2 = new Array<number>(h).fill(0);
    let gb2 = 0;
    for (let i = 0; i < n; i++) {
      // dL/dz of the mean BCE: (σ(z) − y) / n.
      const dz = (MLP.sigmoid(logits[i]!) - y[i]!) / n;
      gb2 += dz;
      for (let j = 0; j < h; j++) {
        gW2[j]! += dz * hidden[i]![j]!;
        if (pre[i]![j]! <= 0) continue; // ReLU'(z) = 0 for z <= 0
        const dPre = dz * this.W2[j]!;
        gb1[j]! += dPre;
        const row = gW1[j]!;
        for (let k = 0; k < d; k++) row[k]! += dPre * X[i]![k]!;
      }
    }
    for (let j = 0; j < h; j++) {
      for (let k = 0; k < d; k++) this.W1[j]![k]! -= this.lr * gW1[j]![k]!;
      this.b1[j]! -= this.lr * gb1[j]!;
      this.W2[j]! -= this.lr * gW2[j]!;
    }
    this.b2 -= this.lr * gb2;
    return loss;
  }
}
