// @verdict WA
// Plugs in the posterior mode (MAP) instead of averaging over the posterior: (beta + tails − 1) / (alpha + beta + n − 2).
function nextTailsProbability(heads: number, tails: number, alpha: number, beta: number): { mle: number; bayes: number } {
  const n = heads + tails;
  return { mle: tails / n, bayes: (beta + tails - 1) / (alpha + beta + n - 2) };
}
