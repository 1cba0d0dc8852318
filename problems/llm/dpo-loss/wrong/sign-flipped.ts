// @verdict WA
// Swaps chosen and rejected in the margin: minimising this loss would teach the policy to prefer the rejected answers.
function dpoLoss(policyChosen: number[], policyRejected: number[], refChosen: number[], refRejected: number[], beta: number): number {
  let total = 0;
  for (let i = 0; i < policyChosen.length; i++) {
    const z = beta * (policyRejected[i]! - policyChosen[i]! - (refRejected[i]! - refChosen[i]!));
    total += Math.max(-z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return total / policyChosen.length;
}
