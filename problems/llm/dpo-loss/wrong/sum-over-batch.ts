// @verdict WA
// Sums the per-sample losses instead of averaging them over the batch.
function dpoLoss(policyChosen: number[], policyRejected: number[], refChosen: number[], refRejected: number[], beta: number): number {
  let total = 0;
  for (let i = 0; i < policyChosen.length; i++) {
    const z = beta * (policyChosen[i]! - policyRejected[i]! - (refChosen[i]! - refRejected[i]!));
    total += Math.max(-z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return total;
}
