// @verdict WA
// Decays to 0 and only then clips at minLr (HF's schedule plus a max), instead of decaying from baseLr to minLr.
function learningRate(step: number, baseLr: number, warmupSteps: number, totalSteps: number, minLr: number): number {
  // Linear warm-up from 0: step 0 gives 0, step warmupSteps would give baseLr.
  if (step < warmupSteps) return (baseLr * step) / warmupSteps;
  // After the schedule: stay at the floor.
  if (step >= totalSteps) return minLr;
  // Cosine from baseLr (progress 0) down to minLr (progress 1).
  const progress = (step - warmupSteps) / (totalSteps - warmupSteps);
  return Math.max(minLr, 0.5 * baseLr * (1 + Math.cos(Math.PI * progress)));
}
