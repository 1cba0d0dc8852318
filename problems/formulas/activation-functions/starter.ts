function activate(name: 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'gelu' | 'silu', x: number[]): { y: number[]; dy: number[] } {
  // 在这里写你的代码 · write your code here（JavaScript 没有 Math.erf，需要自己实现）
  return { y: [], dy: [] };
}
