/** log_softmax(x / T) of one row, stable: (x − max) / T − log Σ exp((x − max) / T). */
function logSoftmax(row: number[], T: number): number[] {
  let max = -Infinity;
  for (const x of row) if (x > max) max = x;
  let sum = 0;
  for (const x of row) sum += Math.exp((x - max) / T);
  const lse = Math.log(sum);
  return row.map((x) => (x - max) / T - lse);
}

function kdLoss(studentLogits: number[][], teacherLogits: number[][], labels: number[], T: number, alpha: number): number {
  const B = studentLogits.length;
  let kl = 0;
  let ce = 0;
  for (let b = 0; b < B; b++) {
    // Soft part: KL(p_teacher || p_student) at temperature T, from log-probabilities only. A teacher
    // probability that underflows to 0 contributes 0 · (finite) = 0, as PyTorch's kl_div does.
    const logP = logSoftmax(teacherLogits[b]!, T);
    const logQ = logSoftmax(studentLogits[b]!, T);
    for (let c = 0; c < logP.length; c++) kl += Math.exp(logP[c]!) * (logP[c]! - logQ[c]!);
    // Hard part: ordinary cross-entropy of the student at temperature 1.
    ce -= logSoftmax(studentLogits[b]!, 1)[labels[b]!]!;
  }
  // 'batchmean': the KL summed over classes, averaged over the batch; T² restores the gradient scale.
  return (alpha * T * T * kl) / B + ((1 - alpha) * ce) / B;
}
