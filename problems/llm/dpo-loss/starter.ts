function dpoLoss(
  policyChosen: number[],
  policyRejected: number[],
  refChosen: number[],
  refRejected: number[],
  beta: number,
): number {
  // 每个数组第 i 项是第 i 个样本整条回答的 log 概率之和 · entry i: the summed log-prob of sample i's answer
  return 0;
}
