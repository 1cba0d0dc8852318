// @verdict WA
// Measures the cosine's progress from step 0 (step / totalSteps) instead of from the end of the warm-up.
function learningRate(step: number, baseLr: number, warmupSteps: number, totalSteps: number, minLr: number): number {
  // Linear warm-up from 0: step 0 gives 0, step warmupSteps would give baseLr.
  if (step < warmupSteps) return (baseLr * step) / warmupSteps;
  // After the schedule: stay at the floor.
  if (step >= totalSteps) return minLr;
  // Cosine from baseLr (progress 0) down to minLr (progress 1).
  const progress = step / totalSteps;
  return minLr + 0.5 * (baseLr - minLr) * (1 + Math.cos(Math.PI * progress));
}
