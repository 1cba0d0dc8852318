function moeRoute(
  x: number[][],
  gateWeights: number[][],
  k: number,
): { experts: number[][]; weights: number[][]; auxLoss: number } {
  // x: [tokens][d]，gateWeights: [d][numExperts]，路由 logits = x · gateWeights
  // x: [tokens][d], gateWeights: [d][numExperts], router logits = x · gateWeights
  return { experts: [], weights: [], auxLoss: 0 };
}
