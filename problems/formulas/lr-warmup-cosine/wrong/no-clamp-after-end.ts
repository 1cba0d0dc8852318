// @verdict WA
// Lets the cosine run on after totalSteps: the rate climbs back up (a restart nobody asked for) instead of staying at minLr.
function learningRate(step: number, baseLr: number, warmupSteps: number, totalSteps: number, minLr: number): number {
  // Linear warm-up from 0: step 0 gives 0, step warmupSteps would give baseLr.
  if (step < warmupSteps) return (baseLr * step) / warmupSteps;
  // After the schedule: stay at the floor.
  if (step >= totalSteps && totalSteps === warmupSteps) return minLr;
  // Cosine from baseLr (progress 0) down to minLr (progress 1).
  const progress = (step - warmupSteps) / (totalSteps - warmupSteps);
  return minLr + 0.5 * (baseLr - minLr) * (1 + Math.cos(Math.PI * progress));
}
