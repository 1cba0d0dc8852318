// @verdict WA
// Fills the bags with 1, 2, 4, …, 2^(bags−1) and stops there: no remainder fix, so the total is not balls.
function packBags(balls: number, bags: number): number[] | null {
  if (2 ** Math.min(bags, 60) - 1 < balls) return null;
  return Array.from({ length: bags }, (_, i) => 2 ** i);
}
