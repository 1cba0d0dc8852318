// @verdict WA
// Powers of two, then the remainder, then empty bags for whatever is left over: every bag must hold a ball.
function packBags(balls: number, bags: number): number[] | null {
  if (2 ** Math.min(bags, 60) - 1 < balls) return null;
  const sizes: number[] = [];
  let covered = 0;
  for (let i = 0; i < bags; i++) {
    const size = Math.min(covered + 1, balls - covered);
    sizes.push(size);
    covered += size;
  }
  return sizes;
}
