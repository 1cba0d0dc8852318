// @verdict WA
// Uses the Gaussian weights as the soft label without dividing by their sum, so q does not sum to 1.
function ageLoss(probs: number[][], ages: number[], sigma: number): { loss: number; mae: number; acc: number } {
  const MIN_AGE = 10;
  const K = 41; // ages 10..50
  const n = probs.length;
  let loss = 0;
  let mae = 0;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const p = probs[i]!;
    const age = ages[i]!;
    // Soft label q_c ∝ exp(−(c − age)² / (2σ²)): accumulate the normaliser Z and Σ w_c·log p_c together.
    let z = 0;
    let weightedLog = 0;
    let expectedAge = 0;
    for (let c = 0; c < K; c++) {
      const d = MIN_AGE + c - age;
      const w = Math.exp(-(d * d) / (2 * sigma * sigma));
      z += w;
      weightedLog += w * Math.log(p[c]!);
      expectedAge += p[c]! * (MIN_AGE + c);
    }
    loss += -weightedLog;
    const err = Math.abs(expectedAge - age);
    mae += err;
    if (err <= 3) hits++;
  }
  return { loss: loss / n, mae: mae / n, acc: hits / n };
}
