function kdLoss(studentLogits: number[][], teacherLogits: number[][], labels: number[], T: number, alpha: number): number {
  // alpha·T²·KL(p_teacher || p_student)（batchmean）+ (1 − alpha)·CE(student, labels)
  return 0;
}
