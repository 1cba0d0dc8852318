function dpoLoss(
  policyChosen: number[],
  policyRejected: number[],
  refChosen: number[],
  refRejected: number[],
  beta: number,
): number {
  const n = policyChosen.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    // Implicit reward margin: how much more the policy (relative to the reference) prefers the chosen answer.
    const z = beta * ((policyChosen[i]! - policyRejected[i]!) - (refChosen[i]! - refRejected[i]!));
    total += softplus(-z); // −log σ(z) = softplus(−z)
  }
  return total / n;
}

/** log(1 + e^t) without overflow: max(t, 0) + log1p(e^(−|t|)). */
function softplus(t: number): number {
  return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
}
