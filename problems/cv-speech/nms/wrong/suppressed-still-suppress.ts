// @verdict WA
// Lets every box suppress the boxes after it, even a box that was itself suppressed: in a chain A–B–C,
// B (suppressed by A) wrongly removes C.
function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  const n = boxes.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);
  const suppressed = new Array<boolean>(n).fill(false);
  for (let oi = 0; oi < n; oi++) {
    const a = boxes[order[oi]!]!;
    for (let oj = oi + 1; oj < n; oj++) {
      const j = order[oj]!;
      const b = boxes[j]!;
      const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
      const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
      const inter = w * h;
      if (inter / (area(a) + area(b) - inter) > iouThreshold) suppressed[j] = true;
    }
  }
  return order.filter((i) => !suppressed[i]);
}
