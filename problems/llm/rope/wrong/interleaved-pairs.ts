// @verdict WA
// Pairs adjacent dimensions (2i, 2i + 1) as RoFormer / GPT-J / Meta's complex-number LLaMA code do, instead of the
// half-split pairing (i, i + d/2) of HF's rotate_half that this problem asks for.
function applyRope(x: number[][], positions: number[], base: number): number[][] {
  const d = x[0]!.length;
  return x.map((row, t) => {
    const out = row.slice();
    for (let i = 0; i < d / 2; i++) {
      const angle = positions[t]! * Math.pow(base, (-2 * i) / d);
      const a = row[2 * i]!;
      const b = row[2 * i + 1]!;
      out[2 * i] = a * Math.cos(angle) - b * Math.sin(angle);
      out[2 * i + 1] = a * Math.sin(angle) + b * Math.cos(angle);
    }
    return out;
  });
}
