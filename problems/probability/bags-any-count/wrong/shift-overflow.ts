// @verdict WA
// Tests possibility with (1 << bags) − 1: 32-bit shifts make 1 << 31 negative and 1 << 32 equal to 1,
// so 31 or 32 bags wrongly return null.
function packBags(balls: number, bags: number): number[] | null {
  if ((1 << bags) - 1 < balls) return null;
  const sizes: number[] = [];
  let covered = 0;
  for (let i = 0; i < bags; i++) {
    const size = Math.min(covered + 1, balls - covered - (bags - i - 1));
    sizes.push(size);
    covered += size;
  }
  return sizes;
}
