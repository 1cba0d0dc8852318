function beamSearch(
  startLogProbs: number[],
  transitionLogProbs: number[][],
  eos: number,
  numBeams: number,
  maxLength: number,
  lengthPenalty: number,
): number[] {
  // 一阶马尔可夫模型：第一个 token 用 startLogProbs，之后用 transitionLogProbs[上一个 token]
  // first-order Markov model: startLogProbs for the first token, then transitionLogProbs[previous token]
  return [];
}
