// @verdict WA
// Ignores the given prior and always applies Laplace's add-one smoothing: (tails + 1) / (n + 2).
function nextTailsProbability(heads: number, tails: number, alpha: number, beta: number): { mle: number; bayes: number } {
  const n = heads + tails;
  return { mle: tails / n, bayes: (tails + 1) / (n + 2) };
}
