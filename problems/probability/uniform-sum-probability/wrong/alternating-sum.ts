// @verdict WA
// The textbook Irwin–Hall formula Σ_k (−1)^k C(n, k) (t − k)^n / n!: exact in theory, but its terms grow like
// e^n while the result is at most 1, so from n ≈ 20 rounding errors swamp the answer.
function probSumBelow(n: number, t: number): number {
  if (t <= 0) return 0;
  if (t >= n) return 1;
  let fact = 1;
  for (let k = 2; k <= n; k++) fact *= k;
  let sum = 0;
  let binom = 1;
  for (let k = 0; k <= Math.floor(t); k++) {
    sum += ((k % 2 === 0 ? 1 : -1) * binom * Math.pow(t - k, n)) / fact;
    binom = (binom * (n - k)) / (k + 1);
  }
  return sum;
}
