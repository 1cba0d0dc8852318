function nextTailsProbability(heads: number, tails: number, alpha: number, beta: number): { mle: number; bayes: number } {
  // 先验 Beta(alpha, beta) 描述"正面朝上的概率"：alpha 对应正面，beta 对应反面
  return { mle: 0, bayes: 0 };
}
