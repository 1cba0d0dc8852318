function rmsNorm(x: number[][], weight: number[], eps: number): number[][] {
  // x: [rows][D]，对每一行做 RMSNorm · normalise each row by its root mean square
  return x.map((row) => row.slice());
}
