// @verdict WA
// Ignores groups: every filter reads input channels 0 … Cin/groups − 1, whatever group it belongs to.
function conv2d(
  input: number[][][],
  weight: number[][][][],
  bias: number[] | null,
  stride: number[],
  padding: number[],
  dilation: number[],
  groups: number,
): number[][][] {
  const h = input[0]!.length;
  const w = input[0]![0]!.length;
  const [kh, kw] = [weight[0]![0]!.length, weight[0]![0]![0]!.length];
  const [sh, sw] = stride as [number, number];
  const [ph, pw] = padding as [number, number];
  const [dh, dw] = dilation as [number, number];
  const hout = Math.floor((h + 2 * ph - dh * (kh - 1) - 1) / sh) + 1;
  const wout = Math.floor((w + 2 * pw - dw * (kw - 1) - 1) / sw) + 1;
  return weight.map((filter, o) =>
    Array.from({ length: hout }, (_, i) =>
      Array.from({ length: wout }, (_, j) => {
        let s = bias ? bias[o]! : 0;
        for (let c = 0; c < filter.length; c++) {
          for (let u = 0; u < kh; u++) {
            for (let v = 0; v < kw; v++) {
              const y = i * sh - ph + u * dh;
              const x = j * sw - pw + v * dw;
              if (y >= 0 && y < h && x >= 0 && x < w) s += filter[c]![u]![v]! * input[c]![y]![x]!;
            }
          }
        }
        return s;
      }),
    ),
  );
}
