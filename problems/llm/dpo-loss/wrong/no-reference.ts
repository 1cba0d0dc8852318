// @verdict WA
// Forgets the reference model: uses β·(log π(y_w) − log π(y_l)) as the margin, with no implicit-reward baseline.
function dpoLoss(policyChosen: number[], policyRejected: number[], refChosen: number[], refRejected: number[], beta: number): number {
  let total = 0;
  for (let i = 0; i < policyChosen.length; i++) {
    const z = beta * (policyChosen[i]! - policyRejected[i]!);
    total += Math.max(-z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return total / policyChosen.length;
}
