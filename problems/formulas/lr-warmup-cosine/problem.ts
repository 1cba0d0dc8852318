import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const STEPS_MAX = 1_000_000_000;
const LR_MAX = 10;

/** A random schedule [step, baseLr, warmupSteps, totalSteps, minLr] with the step drawn by `pick`. */
function schedule(rng: Rng, pick: (w: number, t: number) => number): number[] {
  const total = rng.int(10, 1_000_000);
  const warmup = rng.int(0, Math.floor(total / 5));
  const baseLr = rng.pick([1e-4, 3e-4, 1e-3, 2e-5, 0.1, 0.01]);
  const minLr = rng.pick([0, 0, Number((baseLr / 10).toPrecision(6)), Number((baseLr / 100).toPrecision(6)), 1e-6]);
  return [pick(warmup, total), baseLr, warmup, total, minLr];
}

export default defineProblem({
  slug: 'lr-warmup-cosine',
  section: 'formulas',
  title: { zh: '学习率调度：线性预热 + 余弦退火', en: 'Learning-Rate Schedule: Linear Warm-up and Cosine Decay' },
  difficulty: 'easy',
  tags: ['math', 'deep-learning', 'optimization'],
  entry: {
    kind: 'function',
    name: 'learningRate',
    params: [
      { name: 'step', type: 'number' },
      { name: 'baseLr', type: 'number' },
      { name: 'warmupSteps', type: 'number' },
      { name: 'totalSteps', type: 'number' },
      { name: 'minLr', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-12, rtol: 1e-9 },
  limits: { timeMs: 500, memoryMb: 64 },
  input: z
    .tuple([
      z.number().int().min(0).max(STEPS_MAX),
      z.number().gt(0).max(LR_MAX),
      z.number().int().min(0).max(STEPS_MAX),
      z.number().int().min(1).max(STEPS_MAX),
      z.number().min(0).max(LR_MAX),
    ])
    .refine(([, , warmup, total]) => warmup <= total, { message: 'warmupSteps must be at most totalSteps', path: [2] })
    .refine(([, baseLr, , , minLr]) => minLr <= baseLr, { message: 'minLr must be at most baseLr', path: [4] }),
  samples: [{ input: [5, 0.001, 10, 110, 0.0001] }, { input: [60, 0.001, 10, 110, 0.0001] }],
  tests: [
    { name: 'step 0 of the warm-up is 0', input: [0, 0.001, 10, 110, 0.0001] },
    { name: 'last warm-up step', input: [9, 0.001, 10, 110, 0.0001] },
    { name: 'end of the warm-up: baseLr', input: [10, 0.001, 10, 110, 0.0001] },
    { name: 'first cosine step', input: [11, 0.001, 10, 110, 0.0001] },
    { name: 'a quarter of the decay', input: [35, 0.001, 10, 110, 0.0001] },
    { name: 'three quarters of the decay', input: [85, 0.001, 10, 110, 0.0001] },
    { name: 'last step before the end', input: [109, 0.001, 10, 110, 0.0001] },
    { name: 'at totalSteps: minLr', input: [110, 0.001, 10, 110, 0.0001] },
    { name: 'long after the end: still minLr (no restart)', input: [250, 0.001, 10, 110, 0.0001] },
    { name: 'no warm-up, step 0: baseLr', input: [0, 0.1, 0, 100, 0] },
    { name: 'no warm-up, middle, minLr 0', input: [50, 0.1, 0, 100, 0] },
    { name: 'warm-up of one step', input: [0, 0.5, 1, 3, 0.1] },
    { name: 'warm-up of one step, then decay', input: [2, 0.5, 1, 3, 0.1] },
    { name: 'warm-up as long as the schedule', input: [99, 1, 100, 100, 0.5] },
    { name: 'warm-up as long as the schedule, at the end', input: [100, 1, 100, 100, 0.5] },
    { name: 'one step in all', input: [0, 0.02, 0, 1, 0.001] },
    { name: 'minLr equal to baseLr (constant after warm-up)', input: [700, 3e-4, 500, 1000, 3e-4] },
    { name: 'huge schedule', input: [987_654_321, 2e-5, 1_000_000, STEPS_MAX, 1e-7] },
    { name: 'random steps in the warm-up', seed: 119_01, count: 4, make: (rng) => schedule(rng, (w) => rng.int(0, Math.max(0, w - 1))) },
    { name: 'random steps in the decay', seed: 119_02, count: 8, make: (rng) => schedule(rng, (w, t) => rng.int(w, t - 1)) },
    { name: 'random steps after the end', seed: 119_03, count: 3, make: (rng) => schedule(rng, (_w, t) => rng.int(t, 2 * t)) },
  ],
  complexity: { time: 'O(1)', space: 'O(1)' },
});
