import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MIN_AGE = 10;
const MAX_AGE = 50;
const K = MAX_AGE - MIN_AGE + 1; // 41 classes
const N = 1000;

const row = z
  .array(z.number().gt(0).max(1))
  .length(K)
  .refine((p) => Math.abs(p.reduce((s, x) => s + x, 0) - 1) <= 1e-9, 'each row must sum to 1 (within 1e-9)');

/** A row with `rest` everywhere and the given probabilities at the given ages. */
function spiky(spec: Record<number, number>, rest: number): number[] {
  const p = new Array<number>(K).fill(rest);
  for (const [age, v] of Object.entries(spec)) p[Number(age) - MIN_AGE] = v;
  return p;
}

/**
 * Dyadic probabilities m/2^16 (1/2^16 on every class but A and B) whose expected age is an exact integer:
 * every partial sum is a multiple of 2^-16, so E is exact in any summation order and |E − age| can be
 * exactly 3 (the inclusive boundary of the accuracy).
 */
function dyadic(a: number, mA: number, b: number): number[] {
  const m = new Array<number>(K).fill(1);
  m[a - MIN_AGE] = mA;
  m[b - MIN_AGE] = 65_536 - 39 - mA;
  return m.map((x) => x / 65_536);
}

const expected = (p: number[]): number => p.reduce((s, x, c) => s + x * (MIN_AGE + c), 0);

/**
 * n samples of a plausible model: a bump of width `tau` around a predicted age, with noise, through a
 * softmax. True ages scatter around the prediction. Rows whose |E − age| is within 1e-6 of 3 are redrawn,
 * so that the accuracy does not depend on rounding.
 */
function batch(rng: Rng, n: number, tau: number, noise: number): [number[][], number[]] {
  const probs: number[][] = [];
  const ages: number[] = [];
  while (probs.length < n) {
    const mu = MIN_AGE + (MAX_AGE - MIN_AGE) * rng.next();
    const logits = Array.from({ length: K }, (_, c) => -((MIN_AGE + c - mu) ** 2) / (2 * tau * tau) + noise * rng.normal());
    const m = Math.max(...logits);
    const e = logits.map((x) => Math.exp(Math.max(x - m, -700))); // > 0: a model's softmax never reaches 0 here
    const s = e.reduce((a, b) => a + b, 0);
    const p = e.map((x) => x / s);
    const age = Math.min(MAX_AGE, Math.max(MIN_AGE, Math.round(mu + 4 * rng.normal())));
    if (Math.abs(Math.abs(expected(p) - age) - 3) < 1e-6) continue;
    probs.push(p);
    ages.push(age);
  }
  return [probs, ages];
}

export default defineProblem({
  slug: 'age-prediction-loss',
  section: 'scenarios',
  title: { zh: '年龄预测的损失函数（误差 ±3 以内算对）', en: 'A Loss for Age Prediction (Within ±3 Counts as Right)' },
  difficulty: 'medium',
  tags: ['math', 'deep-learning', 'machine-learning', 'scenario'],
  entry: {
    kind: 'function',
    name: 'ageLoss',
    params: [
      { name: 'probs', type: 'number[][]' },
      { name: 'ages', type: 'number[]' },
      { name: 'sigma', type: 'number' },
    ],
    returns: { type: '{ loss: number; mae: number; acc: number }' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z
    .tuple([z.array(row).min(1).max(N), z.array(z.number().int().min(MIN_AGE).max(MAX_AGE)), z.number().min(0.1).max(20)])
    .refine(([probs, ages]) => probs.length === ages.length, { message: 'ages must have one entry per row of probs', path: [1] }),
  samples: [
    { input: [[spiky({ 30: 0.96 }, 0.001), spiky({ 20: 0.6, 40: 0.361 }, 0.001)], [32, 20], 2] },
    { input: [[new Array<number>(K).fill(1 / K)], [10], 1] },
  ],
  tests: [
    { name: 'uniform prediction (loss = log 41 for any age)', input: [[new Array<number>(K).fill(1 / K), new Array<number>(K).fill(1 / K)], [50, 30], 3] },
    {
      name: '|E − age| exactly 3, from above and from below, counts as right',
      input: [[dyadic(30, 32_728, 36), dyadic(30, 32_728, 36), dyadic(30, 32_728, 24), dyadic(30, 32_728, 24)], [30, 36, 24, 30], 2],
    },
    { name: 'argmax right, expected age far off', input: [[spiky({ 20: 0.6, 40: 0.361 }, 0.001), spiky({ 45: 0.5, 11: 0.461 }, 0.001)], [20, 45], 1.5] },
    { name: 'true ages at both ends', input: [[spiky({ 10: 0.96 }, 0.001), spiky({ 50: 0.96 }, 0.001)], [10, 50], 2] },
    { name: 'tiny sigma 0.1: soft labels are one-hot', input: [[spiky({ 25: 0.8 }, 0.005), spiky({ 40: 0.205, 41: 0.6 }, 0.005)], [25, 41], 0.1] },
    { name: 'wide sigma 20', input: [[spiky({ 25: 0.8 }, 0.005), spiky({ 40: 0.205, 41: 0.6 }, 0.005)], [25, 41], 20] },
    { name: 'probabilities of 1e-300 (log ≈ −690.8)', input: [[spiky({ 33: 1 - 40e-300 }, 1e-300), spiky({ 10: 1 - 40e-300 }, 1e-300)], [33, 50], 2.5] },
    { name: 'one sample, confident and right', input: [[spiky({ 27: 0.999_96 }, 0.000_001)], [27], 1] },
    {
      name: 'random small',
      seed: 165_01,
      count: 5,
      make: (rng) => [...batch(rng, rng.int(1, 5), rng.pick([1, 2, 4]), 0.5), rng.pick([0.5, 1, 2, 3])],
    },
    {
      name: 'random medium, varied sigma',
      seed: 165_02,
      count: 4,
      make: (rng) => [...batch(rng, rng.int(50, 200), 1 + 5 * rng.next(), 1), Math.round((0.2 + 9.8 * rng.next()) * 100) / 100],
    },
    {
      name: 'random, peaked predictions (tiny tail probabilities)',
      seed: 165_03,
      count: 2,
      make: (rng) => [...batch(rng, 100, 0.3, 0.2), 1.5],
    },
    { name: '1000 samples, sigma 2', seed: 165_04, make: (rng) => [...batch(rng, N, 3, 1), 2] },
    { name: '1000 samples, sigma 0.7, noisy predictions', seed: 165_05, make: (rng) => [...batch(rng, N, 6, 2), 0.7] },
  ],
  complexity: { time: 'O(n·K), K = 41 classes', space: 'O(1) besides the input' },
});
