/**
 * interface MLPParams {
 *   W1: number[][]; // hidden1 × d_in（与 torch.nn.Linear 的 weight 相同：out × in）
 *   b1: number[];   // hidden1
 *   W2: number[][]; // hidden2 × hidden1
 *   b2: number[];   // hidden2
 *   W3: number[][]; // d_out × hidden2
 *   b3: number[];   // d_out
 * }
 */
function trainSteps(
  params: MLPParams,
  frozen: string[][],
  X: number[][],
  Y: number[][],
  lr: number,
  momentum: number,
  weightDecay: number,
): { params: MLPParams; losses: number[] } {
  // frozen[t]：第 t 步被冻结的参数名；返回训练后的参数和每一步（更新前）的 loss
  return { params, losses: [] };
}
