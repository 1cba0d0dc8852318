function conv2d(
  input: number[][][],
  weight: number[][][][],
  bias: number[] | null,
  stride: number[],
  padding: number[],
  dilation: number[],
  groups: number,
): number[][][] {
  // input: [Cin][H][W]，weight: [Cout][Cin/groups][kH][kW]，stride/padding/dilation: [高方向, 宽方向]
  // 返回 [Cout][Hout][Wout]，与 torch.nn.functional.conv2d 相同
  return [];
}
