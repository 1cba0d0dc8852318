// @verdict WA
// Pairs the prior parameters the other way round: alpha with tails, beta with heads.
function nextTailsProbability(heads: number, tails: number, alpha: number, beta: number): { mle: number; bayes: number } {
  const n = heads + tails;
  return { mle: tails / n, bayes: (alpha + tails) / (alpha + beta + n) };
}
