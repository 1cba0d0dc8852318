function spiralOrder(matrix: number[][]): number[] {
  // 按顺时针螺旋顺序返回所有元素
  return [];
}
