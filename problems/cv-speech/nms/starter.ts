function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  // boxes[i] = [x1, y1, x2, y2]；返回保留下来的框的下标，按分数从高到低
  return [];
}
