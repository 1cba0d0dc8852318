// @verdict WA
// Gets rotate_half backwards ([x2, −x1] instead of [−x2, x1]): rotates every pair by −angle.
function applyRope(x: number[][], positions: number[], base: number): number[][] {
  const d = x[0]!.length;
  const half = d / 2;
  return x.map((row, t) => {
    const out = row.slice();
    for (let i = 0; i < half; i++) {
      const angle = positions[t]! * Math.pow(base, (-2 * i) / d);
      const a = row[i]!;
      const b = row[i + half]!;
      out[i] = a * Math.cos(angle) + b * Math.sin(angle);
      out[i + half] = b * Math.cos(angle) - a * Math.sin(angle);
    }
    return out;
  });
}
