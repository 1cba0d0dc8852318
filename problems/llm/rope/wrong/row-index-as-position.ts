// @verdict WA
// Rotates row t by the angle t · θ_i, ignoring the given positions (wrong as soon as they are not 0, 1, 2, …).
function applyRope(x: number[][], positions: number[], base: number): number[][] {
  const d = x[0]!.length;
  const half = d / 2;
  return x.map((row, t) => {
    const out = row.slice();
    for (let i = 0; i < half; i++) {
      const angle = t * Math.pow(base, (-2 * i) / d);
      const a = row[i]!;
      const b = row[i + half]!;
      out[i] = a * Math.cos(angle) - b * Math.sin(angle);
      out[i + half] = b * Math.cos(angle) + a * Math.sin(angle);
    }
    return out;
  });
}
