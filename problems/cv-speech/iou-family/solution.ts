function iouFamily(a: number[], b: number[]): { iou: number; giou: number; diou: number; ciou: number } {
  // torchvision.ops: box_iou, generalized_box_iou, distance_box_iou and complete_box_iou (eps = 1e-7).
  const EPS = 1e-7;
  const [ax1, ay1, ax2, ay2] = a as [number, number, number, number];
  const [bx1, by1, bx2, by2] = b as [number, number, number, number];
  const wa = ax2 - ax1;
  const ha = ay2 - ay1;
  const wb = bx2 - bx1;
  const hb = by2 - by1;

  // Intersection: clamp each side at 0 separately (two negative sides must not multiply into a positive area).
  const iw = Math.max(0, Math.min(ax2, bx2) - Math.max(ax1, bx1));
  const ih = Math.max(0, Math.min(ay2, by2) - Math.max(ay1, by1));
  const inter = iw * ih;
  const union = wa * ha + wb * hb - inter;
  const iou = inter / union;

  // The smallest enclosing box C.
  const cw = Math.max(ax2, bx2) - Math.min(ax1, bx1);
  const ch = Math.max(ay2, by2) - Math.min(ay1, by1);
  const areaC = cw * ch;
  const giou = iou - (areaC - union) / areaC;

  // DIoU: squared distance of the centres over the squared diagonal of C (plus eps).
  const dx = (ax1 + ax2) / 2 - (bx1 + bx2) / 2;
  const dy = (ay1 + ay2) / 2 - (by1 + by2) / 2;
  const diou = iou - (dx * dx + dy * dy) / (cw * cw + ch * ch + EPS);

  // CIoU: aspect-ratio term v, weighted by alpha; eps keeps alpha = 0 (not 0/0) for identical boxes.
  const t = Math.atan(wa / ha) - Math.atan(wb / hb);
  const v = (4 / (Math.PI * Math.PI)) * t * t;
  const alpha = v / (1 - iou + v + EPS);
  const ciou = diou - alpha * v;

  return { iou, giou, diou, ciou };
}
