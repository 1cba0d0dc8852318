// @verdict WA
// The Irwin–Hall sum, evaluated on the shorter side using F(t) = 1 − F(n − t): much better than the plain sum,
// but the terms still reach about 10^15 times the result at n = 100, so the answer is off by far more than 1e-9.
function probSumBelow(n: number, t: number): number {
  if (t <= 0) return 0;
  if (t >= n) return 1;
  const cdf = (x: number): number => {
    let fact = 1;
    for (let k = 2; k <= n; k++) fact *= k;
    let sum = 0;
    let binom = 1;
    for (let k = 0; k <= Math.floor(x); k++) {
      sum += ((k % 2 === 0 ? 1 : -1) * binom * Math.pow(x - k, n)) / fact;
      binom = (binom * (n - k)) / (k + 1);
    }
    return sum;
  };
  return t <= n / 2 ? cdf(t) : 1 - cdf(n - t);
}
