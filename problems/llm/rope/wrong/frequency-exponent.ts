// @verdict WA
// Uses θ_i = base^(−i/d) (forgets the factor 2, i.e. arange(0, d/2) / d instead of arange(0, d, 2) / d).
function applyRope(x: number[][], positions: number[], base: number): number[][] {
  const d = x[0]!.length;
  const half = d / 2;
  return x.map((row, t) => {
    const out = row.slice();
    for (let i = 0; i < half; i++) {
      const angle = positions[t]! * Math.pow(base, -i / d);
      const a = row[i]!;
      const b = row[i + half]!;
      out[i] = a * Math.cos(angle) - b * Math.sin(angle);
      out[i + half] = b * Math.cos(angle) + a * Math.sin(angle);
    }
    return out;
  });
}
