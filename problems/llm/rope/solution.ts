function applyRope(x: number[][], positions: number[], base: number): number[][] {
  // Half-split RoPE (GPT-NeoX / HF LLaMA `rotate_half`): dimension i is paired with i + d/2 and the pair
  // is rotated by the angle positions[t] · θ_i, with θ_i = base^(−2i/d).
  const d = x[0]!.length;
  const half = d / 2;
  const theta = new Array<number>(half);
  for (let i = 0; i < half; i++) theta[i] = Math.pow(base, (-2 * i) / d);
  return x.map((row, t) => {
    const p = positions[t]!;
    const out = new Array<number>(d);
    for (let i = 0; i < half; i++) {
      const angle = p * theta[i]!;
      const c = Math.cos(angle);
      const s = Math.sin(angle);
      const a = row[i]!;
      const b = row[i + half]!;
      out[i] = a * c - b * s; // x·cos + rotate_half(x)·sin, first half: rotate_half gives −x[i + d/2]
      out[i + half] = b * c + a * s; // second half: rotate_half gives x[i]
    }
    return out;
  });
}
