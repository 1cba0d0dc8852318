// @verdict WA
// Treats stride, padding and dilation as single numbers: uses the height value ([0]) for the width too.
function conv2d(
  input: number[][][],
  weight: number[][][][],
  bias: number[] | null,
  stride: number[],
  padding: number[],
  dilation: number[],
  groups: number,
): number[][][] {
  const cin = input.length;
  const h = input[0]!.length;
  const w = input[0]![0]!.length;
  const [kh, kw] = [weight[0]![0]!.length, weight[0]![0]![0]!.length];
  const s1 = stride[0]!;
  const p1 = padding[0]!;
  const d1 = dilation[0]!;
  const hout = Math.floor((h + 2 * p1 - d1 * (kh - 1) - 1) / s1) + 1;
  const wout = Math.floor((w + 2 * p1 - d1 * (kw - 1) - 1) / s1) + 1;
  const cinG = cin / groups;
  const coutG = weight.length / groups;
  return weight.map((filter, o) =>
    Array.from({ length: hout }, (_, i) =>
      Array.from({ length: Math.max(0, wout) }, (_, j) => {
        let s = bias ? bias[o]! : 0;
        const g = Math.floor(o / coutG);
        for (let c = 0; c < cinG; c++) {
          for (let u = 0; u < kh; u++) {
            for (let v = 0; v < kw; v++) {
              const y = i * s1 - p1 + u * d1;
              const x = j * s1 - p1 + v * d1;
              if (y >= 0 && y < h && x >= 0 && x < w) s += filter[c]![u]![v]! * input[g * cinG + c]![y]![x]!;
            }
          }
        }
        return s;
      }),
    ),
  );
}
