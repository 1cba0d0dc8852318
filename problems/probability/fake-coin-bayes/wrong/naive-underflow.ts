// @verdict WA
// The textbook formula as written: 0.5^k underflows to 0 for k >= 1075, so with m = 0 it returns 0/0 = NaN.
function probRealCoin(n: number, m: number, k: number): number {
  const likelihood = Math.pow(0.5, k);
  return (n * likelihood) / (n * likelihood + m);
}
