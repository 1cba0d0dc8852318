// @verdict WA
// Forgets the ReLU derivative in the backward pass: the gradient reaches W1 and b1 through hidden units
// whose pre-activation is negative, as if the hidden layer were linear.
class MLP {
  W1: number[][]; b1: number[]; W2: number[]; b2: number; lr: number;
  constructor(W1: number[][], b1: number[], W2: number[], b2: number, lr: number) {
    this.W1 = W1.map((r) => r.slice()); this.b1 = b1.slice(); this.W2 = W2.slice(); this.b2 = b2; this.lr = lr;
  }
  hidden(X: number[][]): number[][] {
    return X.map((x) => this.W1.map((w, j) => w.reduce((s, v, k) => s + v * x[k]!, this.b1[j]!)));
  }
  forward(X: number[][]): number[] {
    return this.hidden(X).map((p) => p.reduce((s, v, j) => s + Math.max(v, 0) * this.W2[j]!, this.b2));
  }
  predictProba(X: number[][]): number[] {
    return this.forward(X).map((z) => 1 / (1 + Math.exp(-z)));
  }
  predict(X: number[][]): number[] {
    return this.predictProba(X).map((p) => (p >= 0.5 ? 1 : 0));
  }
  loss(X: number[][], y: number[]): number {
    const z = this.forward(X);
    return z.reduce((s, v, i) => s + Math.max(v, 0) - v * y[i]! + Math.log1p(Math.exp(-Math.abs(v))), 0) / z.length;
  }
  accuracy(X: number[][], y: number[]): number {
    const p = this.predict(X);
    return p.filter((v, i) => v === y[i]).length / y.length;
  }
  trainStep(X: number[][], y: number[]): number {
    const before = this.loss(X, y);
    const pre = this.hidden(X);
    const z = this.forward(X);
    const n = X.length;
    const dz = z.map((v, i) => (1 / (1 + Math.exp(-v)) - y[i]!) / n);
    const gW2 = this.W2.map((_, j) => dz.reduce((s, d, i) => s + d * Math.max(pre[i]![j]!, 0), 0));
    const gb2 = dz.reduce((s, d) => s + d, 0);
    const dPre = pre.map((p, i) => p.map((v, j) => dz[i]! * this.W2[j]!));
    const gW1 = this.W1.map((w, j) => w.map((_, k) => dPre.reduce((s, d, i) => s + d[j]! * X[i]![k]!, 0)));
    const gb1 = this.b1.map((_, j) => dPre.reduce((s, d) => s + d[j]!, 0));
    this.W1 = this.W1.map((w, j) => w.map((v, k) => v - this.lr * gW1[j]![k]!));
    this.b1 = this.b1.map((v, j) => v - this.lr * gb1[j]!);
    this.W2 = this.W2.map((v, j) => v - this.lr * gW2[j]!);
    this.b2 -= this.lr * gb2;
    return before;
  }
}
