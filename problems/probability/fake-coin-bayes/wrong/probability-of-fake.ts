// @verdict WA
// Answers the other question: the probability that the coin is fake.
function probRealCoin(n: number, m: number, k: number): number {
  if (m === 0) return 0;
  if (n === 0) return 1;
  return 1 / (1 + (n / m) * Math.pow(2, -k));
}
