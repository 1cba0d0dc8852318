class MLP {
  // W1: h × d，b1: h，W2: h，b2: 标量（输出层 nn.Linear(h, 1) 的 weight[0] 与 bias[0]），lr: 学习率
  constructor(W1: number[][], b1: number[], W2: number[], b2: number, lr: number) {}

  /** 每个样本的 logit · one logit per sample */
  forward(X: number[][]): number[] {
    return [];
  }

  /** 每个样本属于类别 1 的概率 σ(logit) */
  predictProba(X: number[][]): number[] {
    return [];
  }

  /** 概率 >= 0.5 记为 1，否则为 0 */
  predict(X: number[][]): number[] {
    return [];
  }

  /** 平均二元交叉熵（由 logit 数值稳定地计算） */
  loss(X: number[][], y: number[]): number {
    return 0;
  }

  /** 预测正确的比例 */
  accuracy(X: number[][], y: number[]): number {
    return 0;
  }

  /** 一步全批量梯度下降，返回更新前的 loss */
  trainStep(X: number[][], y: number[]): number {
    return 0;
  }
}
