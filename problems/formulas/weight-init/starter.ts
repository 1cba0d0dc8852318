/**
 * rand(): 评测机注入的均匀随机数，返回 [0, 1) 中的浮点数（可能恰好为 0）。本题禁用 Math.random。
 */
function initWeights(
  kind: 'xavier_uniform' | 'xavier_normal' | 'kaiming_uniform' | 'kaiming_normal',
  fanIn: number,
  fanOut: number,
  rand: () => number,
): number[][] {
  // 在这里写你的代码 · write your code here
  return [];
}
