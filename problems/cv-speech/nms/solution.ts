function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  const n = boxes.length;
  const x1 = new Float64Array(n);
  const y1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const y2 = new Float64Array(n);
  const area = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = boxes[i]!;
    x1[i] = b[0]!;
    y1[i] = b[1]!;
    x2[i] = b[2]!;
    y2[i] = b[3]!;
    area[i] = (x2[i]! - x1[i]!) * (y2[i]! - y1[i]!);
  }
  // Decreasing score; equal scores keep the lower index first (Array.prototype.sort is stable).
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);

  const suppressed = new Uint8Array(n);
  const keep: number[] = [];
  for (let oi = 0; oi < n; oi++) {
    const i = order[oi]!;
    if (suppressed[i]) continue;
    keep.push(i);
    const ix1 = x1[i]!;
    const iy1 = y1[i]!;
    const ix2 = x2[i]!;
    const iy2 = y2[i]!;
    const iarea = area[i]!;
    // Suppress every later (lower-scoring) box whose IoU with box i is strictly greater than the threshold.
    for (let oj = oi + 1; oj < n; oj++) {
      const j = order[oj]!;
      if (suppressed[j]) continue;
      const w = Math.min(ix2, x2[j]!) - Math.max(ix1, x1[j]!);
      if (w <= 0) continue; // no overlap: IoU 0, never above a threshold >= 0
      const h = Math.min(iy2, y2[j]!) - Math.max(iy1, y1[j]!);
      if (h <= 0) continue;
      const inter = w * h;
      const iou = inter / (iarea + area[j]! - inter);
      if (iou > iouThreshold) suppressed[j] = 1;
    }
  }
  return keep;
}
