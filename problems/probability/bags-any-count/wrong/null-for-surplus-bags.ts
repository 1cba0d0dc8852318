// @verdict WA
// Returns null as soon as there are more bags than binary digits of balls, thinking the extra bags cannot
// be used; they can, with one ball each.
function packBags(balls: number, bags: number): number[] | null {
  const bits = Math.ceil(Math.log2(balls + 1));
  if (bags !== bits) return null;
  const sizes: number[] = [];
  let covered = 0;
  for (let i = 0; i < bags - 1; i++) {
    sizes.push(covered + 1);
    covered += covered + 1;
  }
  sizes.push(balls - covered);
  return sizes;
}
