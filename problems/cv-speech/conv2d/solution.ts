function conv2d(
  input: number[][][],
  weight: number[][][][],
  bias: number[] | null,
  stride: number[],
  padding: number[],
  dilation: number[],
  groups: number,
): number[][][] {
  // Shapes: input [Cin][H][W], weight [Cout][Cin/groups][kH][kW], output [Cout][Hout][Wout].
  const cin = input.length;
  const h = input[0]!.length;
  const w = input[0]![0]!.length;
  const cout = weight.length;
  const cinG = weight[0]!.length; // input channels seen by one filter = Cin / groups
  const kh = weight[0]![0]!.length;
  const kw = weight[0]![0]![0]!.length;
  const [sh, sw] = stride as [number, number];
  const [ph, pw] = padding as [number, number];
  const [dh, dw] = dilation as [number, number];
  const coutG = cout / groups; // output channels per group
  const hout = Math.floor((h + 2 * ph - dh * (kh - 1) - 1) / sh) + 1;
  const wout = Math.floor((w + 2 * pw - dw * (kw - 1) - 1) / sw) + 1;

  // Flat copies for speed: x[c][i][j] at (c·H + i)·W + j.
  const x = new Float64Array(cin * h * w);
  for (let c = 0; c < cin; c++) for (let i = 0; i < h; i++) x.set(input[c]![i]!, (c * h + i) * w);

  const out: number[][][] = [];
  const row = new Float64Array(wout);
  for (let oc = 0; oc < cout; oc++) {
    const g = Math.floor(oc / coutG); // this filter's group reads input channels g·cinG … g·cinG + cinG − 1
    const filter = weight[oc]!;
    const b = bias === null ? 0 : bias[oc]!;
    const plane: number[][] = [];
    for (let oi = 0; oi < hout; oi++) {
      row.fill(b);
      for (let ic = 0; ic < cinG; ic++) {
        const base = (g * cinG + ic) * h * w;
        const k2 = filter[ic]!;
        for (let ki = 0; ki < kh; ki++) {
          // Cross-correlation (no kernel flip): tap (ki, kj) reads input row oi·sh − ph + ki·dh.
          const ii = oi * sh - ph + ki * dh;
          if (ii < 0 || ii >= h) continue; // zero padding
          const rowBase = base + ii * w;
          const k1 = k2[ki]!;
          for (let kj = 0; kj < kw; kj++) {
            const wt = k1[kj]!;
            const off = kj * dw - pw;
            for (let oj = 0; oj < wout; oj++) {
              const jj = oj * sw + off;
              if (jj >= 0 && jj < w) row[oj]! += wt * x[rowBase + jj]!;
            }
          }
        }
      }
      plane.push(Array.from(row));
    }
    out.push(plane);
  }
  return out;
}
