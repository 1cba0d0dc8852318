function iouFamily(a: number[], b: number[]): { iou: number; giou: number; diou: number; ciou: number } {
  // a、b 均为 [x1, y1, x2, y2]；返回四个指标的值（不是损失）
  return { iou: 0, giou: 0, diou: 0, ciou: 0 };
}
