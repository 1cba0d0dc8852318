function probRealCoin(n: number, m: number, k: number): number {
  // Bayes: P(real | k heads) = n·2^−k / (n·2^−k + m) = 1 / (1 + (m/n)·2^k).
  if (n === 0) return 0; // only fake coins
  if (m === 0) return 1; // only real coins (the naive form is 0/0 once 2^−k underflows)
  // r = ln(posterior odds of fake) = ln(m/n) + k·ln 2; the answer is the logistic function of −r,
  // written so that neither exp can overflow.
  const r = Math.log(m) - Math.log(n) + k * Math.LN2;
  if (r > 0) {
    const e = Math.exp(-r);
    return e / (1 + e);
  }
  return 1 / (1 + Math.exp(r));
}
