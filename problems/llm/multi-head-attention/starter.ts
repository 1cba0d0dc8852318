function multiHeadAttention(
  x: number[][],
  wq: number[][],
  wk: number[][],
  wv: number[][],
  wo: number[][],
  numHeads: number,
  causal: boolean,
): number[][] {
  // x: [seq][dModel]，W*: [dModel][dModel]，投影为 x·W（行向量右乘）
  // x: [seq][dModel], W*: [dModel][dModel], projections are x·W (row vectors times W)
  return x.map((row) => row.slice());
}
