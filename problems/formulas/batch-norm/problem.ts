import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_ELEMENTS = 50_000;
const X = 100_000;

const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const r9 = (x: number): number => Math.round(x * 1e9) / 1e9;
const vec = (rng: Rng, n: number, f: () => number): number[] => Array.from({ length: n }, f);

/**
 * A full argument list: x is N × C with channel c drawn as offset[c] + scale[c]·normal.
 * gamma, beta and the running statistics are random unless given.
 */
function makeCase(
  rng: Rng,
  n: number,
  c: number,
  opts: { offset?: number; scale?: number; momentum?: number; eps?: number; training?: boolean; round?: (x: number) => number } = {},
): unknown[] {
  const round = opts.round ?? r6;
  const offsets = vec(rng, c, () => (opts.offset ?? 0) + (opts.offset === undefined ? rng.normal() * 5 : 0));
  const scales = vec(rng, c, () => opts.scale ?? 0.1 + 3 * rng.next());
  const x = Array.from({ length: n }, () => offsets.map((o, j) => round(o + scales[j]! * rng.normal())));
  const gamma = vec(rng, c, () => r6(0.5 + rng.next() * 1.5));
  const beta = vec(rng, c, () => r6(rng.normal()));
  const runningMean = vec(rng, c, () => r6(rng.normal()));
  const runningVar = vec(rng, c, () => r6(0.5 + rng.next() * 2));
  return [x, gamma, beta, runningMean, runningVar, opts.momentum ?? 0.1, opts.eps ?? 1e-5, opts.training ?? true];
}

const vector = z.array(z.number().min(-X).max(X));
const Input = z
  .tuple([
    z.array(z.array(z.number().min(-X).max(X)).min(1)).min(1), // x
    vector, // gamma
    vector, // beta
    vector, // runningMean
    z.array(z.number().min(0).max(1e10)), // runningVar
    z.number().min(0).max(1), // momentum
    z.number().min(1e-8).max(1), // eps
    z.boolean(), // training
  ])
  .refine(([x]) => x.every((row) => row.length === x[0]!.length), { message: 'every row must have C values', path: [0] })
  .refine(([x]) => x.length * x[0]!.length <= MAX_ELEMENTS, { message: `at most ${MAX_ELEMENTS} values in all`, path: [0] })
  .refine(([x, g, b, m, v]) => [g, b, m, v].every((a) => a.length === x[0]!.length), 'gamma, beta, runningMean and runningVar must have length C')
  .refine(([x, , , , , , , training]) => !training || x.length >= 2, { message: 'training mode needs N >= 2', path: [0] });

const golden = [[1, 2], [3, 6], [5, 10]];

export default defineProblem({
  slug: 'batch-norm',
  section: 'formulas',
  title: { zh: '手写 BatchNorm', en: 'Batch Normalization' },
  difficulty: 'medium',
  tags: ['math', 'deep-learning', 'statistics', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'batchNorm',
    params: [
      { name: 'x', type: 'number[][]' },
      { name: 'gamma', type: 'number[]' },
      { name: 'beta', type: 'number[]' },
      { name: 'runningMean', type: 'number[]' },
      { name: 'runningVar', type: 'number[]' },
      { name: 'momentum', type: 'number' },
      { name: 'eps', type: 'number' },
      { name: 'training', type: 'boolean' },
    ],
    returns: { type: '{ y: number[][]; runningMean: number[]; runningVar: number[] }' },
  },
  checker: { style: 'float', atol: 1e-5, rtol: 1e-5 },
  limits: { timeMs: 2000, memoryMb: 256 },
  input: Input,
  samples: [
    { input: [golden, [1, 1], [0, 0], [0, 0], [1, 1], 0.1, 1e-5, true] },
    { input: [golden, [2, 1], [0.5, 0], [3, 6], [4, 16], 0.1, 1e-5, false] },
  ],
  tests: [
    { name: 'N = 2, the smallest training batch', input: [[[1, -1], [3, 5]], [1, 2], [0, 1], [0, 0], [1, 1], 0.1, 1e-5, true] },
    { name: 'constant channel (variance 0)', input: [[[4, 1], [4, 2], [4, 3], [4, 7]], [1.5, 1], [0.25, 0], [1, 0], [2, 1], 0.1, 1e-5, true] },
    { name: 'constant channel, large value', input: [[[12345.678], [12345.678], [12345.678]], [1], [-2], [0], [1], 0.1, 1e-5, true] },
    {
      name: 'tiny variance, eps dominates',
      input: [[[5.0001, -2], [4.9999, -2.00003], [5.00005, -1.99999], [4.99995, -2.00001]], [1, 1], [0, 0], [0, 0], [1, 1], 0.1, 1e-5, true],
    },
    { name: 'momentum 0 keeps the running statistics', input: [golden, [1, 1], [0, 0], [0.5, -0.5], [2, 3], 0, 1e-5, true] },
    { name: 'momentum 1 replaces them', input: [golden, [1, 1], [0, 0], [0.5, -0.5], [2, 3], 1, 1e-5, true] },
    { name: 'large eps', input: [[[0.1, 3], [0.3, -1], [0.2, 0]], [1, 1], [0, 0], [0, 0], [1, 1], 0.1, 0.1, true] },
    { name: 'negative and zero gamma', input: [[[1, 2, 3], [2, 4, 9], [6, 0, -3]], [-1, 0, 2.5], [1, 2, 3], [0, 0, 0], [1, 1, 1], 0.1, 1e-5, true] },
    { name: 'eval mode, N = 1', input: [[[0.5, -1, 3]], [1, 2, 0.5], [0, 0.1, -0.1], [0.2, -0.4, 2], [0.25, 4, 1], 0.1, 1e-5, false] },
    { name: 'eval mode, running variance 0', input: [[[1, 2], [3, 4]], [1, 1], [0, 0], [2, 3], [0, 0], 0.1, 1e-3, false] },
    { name: 'eval mode with a batch far from the running mean', input: [[[100, -50], [102, -52], [98, -51]], [1, 1], [0, 0], [0, 0], [1, 1], 0.3, 1e-5, false] },
    {
      name: 'large offset, std 1e-3 (cancellation)',
      seed: 3_01,
      make: (rng) => makeCase(rng, 1000, 3, { offset: 1e4, scale: 1e-3, round: r9 }),
    },
    {
      name: 'larger offset, std 1e-3, N = 2000',
      seed: 3_02,
      make: (rng) => makeCase(rng, 2000, 2, { offset: 5e4, scale: 1e-3, round: r9, momentum: 0.01 }),
    },
    { name: 'random small, training', seed: 3_03, count: 4, make: (rng) => makeCase(rng, rng.int(2, 8), rng.int(1, 5)) },
    {
      name: 'random small, eval',
      seed: 3_04,
      count: 2,
      make: (rng) => makeCase(rng, rng.int(1, 8), rng.int(1, 5), { training: false }),
    },
    {
      name: 'random, varied momentum and eps',
      seed: 3_05,
      count: 3,
      make: (rng) => makeCase(rng, rng.int(5, 50), rng.int(2, 20), { momentum: r6(rng.next()), eps: rng.pick([1e-5, 1e-3, 1e-8, 0.01]) }),
    },
    { name: 'max 500 × 100, training', seed: 3_06, make: (rng) => makeCase(rng, 500, 100) },
    { name: 'max 5000 × 10, eval', seed: 3_07, make: (rng) => makeCase(rng, 5000, 10, { training: false }) },
    { name: 'max N = 5e4, one channel', seed: 3_08, make: (rng) => makeCase(rng, MAX_ELEMENTS, 1, { offset: 100, scale: 2 }) },
  ],
  complexity: { time: 'O(N·C)', space: 'O(C) besides the output' },
});
