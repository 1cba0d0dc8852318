// @verdict WA
// Never sorts by score: walks the boxes in input order, so a lower-scoring box can suppress a better one.
function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  const n = boxes.length;
  const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);
  const suppressed = new Array<boolean>(n).fill(false);
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    if (suppressed[i]) continue;
    keep.push(i);
    const a = boxes[i]!;
    for (let j = i + 1; j < n; j++) {
      const b = boxes[j]!;
      const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
      const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
      const inter = w * h;
      if (inter / (area(a) + area(b) - inter) > iouThreshold) suppressed[j] = true;
    }
  }
  return keep;
}
