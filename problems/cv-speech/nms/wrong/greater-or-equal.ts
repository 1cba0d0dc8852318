// @verdict WA
// Suppresses with IoU >= threshold instead of IoU > threshold: a box exactly at the threshold is dropped.
function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  const n = boxes.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);
  const suppressed = new Array<boolean>(n).fill(false);
  const keep: number[] = [];
  for (let oi = 0; oi < n; oi++) {
    const i = order[oi]!;
    if (suppressed[i]) continue;
    keep.push(i);
    const a = boxes[i]!;
    for (let oj = oi + 1; oj < n; oj++) {
      const j = order[oj]!;
      const b = boxes[j]!;
      const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
      const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
      const inter = w * h;
      if (inter / (area(a) + area(b) - inter) >= iouThreshold) suppressed[j] = true;
    }
  }
  return keep;
}
