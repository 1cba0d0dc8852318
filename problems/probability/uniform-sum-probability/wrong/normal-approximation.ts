// @verdict WA
// The central limit theorem: Φ((t − n/2) / sqrt(n/12)). Close for large n, but an approximation, not the answer.
function probSumBelow(n: number, t: number): number {
  if (t <= 0) return 0;
  if (t >= n) return 1;
  const zScore = (t - n / 2) / Math.sqrt(n / 12);
  // Φ via the Abramowitz–Stegun erf approximation 7.1.26 (|error| < 1.5e-7).
  const x = Math.abs(zScore) / Math.SQRT2;
  const k = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * k - 1.453152027) * k + 1.421413741) * k - 0.284496736) * k + 0.254829592) * k * Math.exp(-x * x);
  return zScore >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}
