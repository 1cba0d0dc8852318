function nextTailsProbability(heads: number, tails: number, alpha: number, beta: number): { mle: number; bayes: number } {
  const n = heads + tails; // n >= 1 by the constraints
  // Maximum likelihood: the observed frequency of tails.
  const mle = tails / n;
  // Prior Beta(alpha, beta) on P(heads): alpha counts as pseudo-heads, beta as pseudo-tails.
  // Posterior Beta(alpha + heads, beta + tails); the predictive P(next is tails) is its mean for tails.
  const bayes = (beta + tails) / (alpha + beta + n);
  return { mle, bayes };
}
