// @verdict WA
// Drops the eps of torchvision: alpha = v / (1 − IoU + v) is 0/0 = NaN for identical boxes, and tiny
// boxes get a different DIoU.
function iouFamily(a: number[], b: number[]): { iou: number; giou: number; diou: number; ciou: number } {
  const [ax1, ay1, ax2, ay2] = a as [number, number, number, number];
  const [bx1, by1, bx2, by2] = b as [number, number, number, number];
  const iw = Math.max(0, Math.min(ax2, bx2) - Math.max(ax1, bx1));
  const ih = Math.max(0, Math.min(ay2, by2) - Math.max(ay1, by1));
  const inter = iw * ih;
  const union = (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter;
  const iou = inter / union;
  const cw = Math.max(ax2, bx2) - Math.min(ax1, bx1);
  const ch = Math.max(ay2, by2) - Math.min(ay1, by1);
  const giou = iou - (cw * ch - union) / (cw * ch);
  const dx = (ax1 + ax2 - bx1 - bx2) / 2;
  const dy = (ay1 + ay2 - by1 - by2) / 2;
  const diou = iou - (dx * dx + dy * dy) / (cw * cw + ch * ch);
  const t = Math.atan((ax2 - ax1) / (ay2 - ay1)) - Math.atan((bx2 - bx1) / (by2 - by1));
  const v = (4 / (Math.PI * Math.PI)) * t * t;
  const alpha = v / (1 - iou + v);
  return { iou, giou, diou, ciou: diou - alpha * v };
}
