// @verdict WA
// Swaps the KL arguments, KL(p_student || p_teacher), as happens when F.kl_div(input, target) gets the teacher as input.
function logSoftmax(row: number[], T: number): number[] {
  let max = -Infinity;
  for (const x of row) max = Math.max(max, x);
  let sum = 0;
  for (const x of row) sum += Math.exp((x - max) / T);
  return row.map((x) => (x - max) / T - Math.log(sum));
}

function kdLoss(studentLogits: number[][], teacherLogits: number[][], labels: number[], T: number, alpha: number): number {
  const B = studentLogits.length;
  let kl = 0;
  let ce = 0;
  for (let b = 0; b < B; b++) {
    const logP = logSoftmax(teacherLogits[b]!, T);
    const logQ = logSoftmax(studentLogits[b]!, T);
    for (let c = 0; c < logP.length; c++) kl += Math.exp(logQ[c]!) * (logQ[c]! - logP[c]!);
    ce -= logSoftmax(studentLogits[b]!, 1)[labels[b]!]!;
  }
  return (alpha * T * T * kl) / B + ((1 - alpha) * ce) / B;
}
