// @verdict WA
// Compares the likelihoods only, as if real and fake coins were equally common: 2^−k / (2^−k + 1).
function probRealCoin(n: number, m: number, k: number): number {
  if (m === 0) return 1;
  if (n === 0) return 0;
  return 1 / (1 + Math.pow(2, k));
}
