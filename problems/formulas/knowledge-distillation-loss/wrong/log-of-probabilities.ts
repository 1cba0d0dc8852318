// @verdict WA
// Forms the probabilities (with a stable softmax) and then takes logs: a teacher probability that underflows
// to 0 gives 0 · log(0) = NaN, and a student probability of 0 gives log(0) = -Infinity.
function softmaxT(row: number[], T: number): number[] {
  let max = -Infinity;
  for (const x of row) max = Math.max(max, x);
  const e = row.map((x) => Math.exp((x - max) / T));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

function kdLoss(studentLogits: number[][], teacherLogits: number[][], labels: number[], T: number, alpha: number): number {
  const B = studentLogits.length;
  let kl = 0;
  let ce = 0;
  for (let b = 0; b < B; b++) {
    const p = softmaxT(teacherLogits[b]!, T);
    const q = softmaxT(studentLogits[b]!, T);
    for (let c = 0; c < p.length; c++) kl += p[c]! * Math.log(p[c]! / q[c]!);
    ce -= Math.log(softmaxT(studentLogits[b]!, 1)[labels[b]!]!);
  }
  return (alpha * T * T * kl) / B + ((1 - alpha) * ce) / B;
}
