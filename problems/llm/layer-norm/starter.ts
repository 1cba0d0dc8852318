function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  // x: [rows][D]，对每一行的 D 个特征做归一化 · normalise each row over its D features
  return x.map((row) => row.slice());
}
