// @verdict WA
// Computes −log(1 / (1 + e^(−z))) literally: for z ≈ −1000, e^1000 overflows to Infinity and the loss becomes Infinity.
function dpoLoss(policyChosen: number[], policyRejected: number[], refChosen: number[], refRejected: number[], beta: number): number {
  let total = 0;
  for (let i = 0; i < policyChosen.length; i++) {
    const z = beta * (policyChosen[i]! - policyRejected[i]! - (refChosen[i]! - refRejected[i]!));
    total += -Math.log(1 / (1 + Math.exp(-z)));
  }
  return total / policyChosen.length;
}
