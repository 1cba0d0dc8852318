import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_ROWS = 512;
const MAX_D = 1024;
const MAX_CELLS = 65_536;
const X_ABS = 1e6;
const W_ABS = 100;

const finite = z.number().finite();
const vec = (abs: number) => z.array(finite.min(-abs).max(abs)).min(1).max(MAX_D);

/** Rounds to `digits` decimals: short JSON, exactly reproducible inputs. */
const r = (v: number, digits = 4): number => Number(v.toFixed(digits));
const normals = (rng: Rng, n: number, scale = 1, shift = 0, digits = 4): number[] =>
  Array.from({ length: n }, () => r(shift + scale * rng.normal(), digits));
const matrix = (rng: Rng, rows: number, d: number, scale = 1, shift = 0, digits = 4): number[][] =>
  Array.from({ length: rows }, () => normals(rng, d, scale, shift, digits));
/** A random case: x [rows][d] of N(shift, scale²), weight near 1. */
const randomCase = (rng: Rng, rows: number, d: number, scale = 1, shift = 0, eps = 1e-6, digits = 4) => [
  matrix(rng, rows, d, scale, shift, digits),
  normals(rng, d, 0.3, 1),
  eps,
];

export default defineProblem({
  slug: 'rms-norm',
  section: 'llm',
  title: { zh: 'RMSNorm 均方根归一化', en: 'RMS Normalization' },
  difficulty: 'easy',
  tags: ['deep-learning', 'llm', 'numerical-stability', 'matrix'],
  entry: {
    kind: 'function',
    name: 'rmsNorm',
    params: [
      { name: 'x', type: 'number[][]' },
      { name: 'weight', type: 'number[]' },
      { name: 'eps', type: 'number' },
    ],
    returns: { type: 'number[][]' },
  },
  checker: { style: 'float', atol: 1e-5, rtol: 1e-5 },
  limits: { timeMs: 2000, memoryMb: 128 },
  input: z
    .tuple([z.array(vec(X_ABS)).min(1).max(MAX_ROWS), vec(W_ABS), finite.min(1e-12).max(0.1)])
    .refine(([x, w]) => x.every((row) => row.length === w.length), { message: 'every row of x must have D = weight.length values', path: [0] })
    .refine(([x, w]) => x.length * w.length <= MAX_CELLS, { message: `rows · D must be at most ${MAX_CELLS}`, path: [0] }),
  samples: [
    { input: [[[1, 2, 3, 4], [0, 0, 0, 0]], [1, 1, 1, 1], 1e-6] },
    { input: [[[3, 4]], [0.5, 2], 0.01] },
  ],
  tests: [
    { name: 'D = 1: the sign times the weight', input: [[[3], [-0.25], [0]], [2], 1e-6] },
    { name: 'all-zero rows stay zero', input: [[[0, 0, 0], [0, 0, 0]], [1, 2, 3], 1e-6] },
    { name: 'constant row (mean subtraction would zero it)', input: [[[5, 5, 5, 5], [-2, -2, -2, -2]], [1, 1, 1, 1], 1e-6] },
    { name: 'shifted row', input: [[[10, 11, 12, 13, 14]], [1, 1, 1, 1, 1], 1e-6] },
    { name: 'large eps', input: [[[0.1, -0.2, 0.3], [1, 1, -1]], [1, 1, 1], 0.1] },
    {
      name: 'tiny values (mean x² = 1e-8) with eps 1e-6: eps dominates',
      input: [[[1e-4, -1e-4, 1e-4, -1e-4], [2e-4, 0, -1e-4, 5e-5]], [1, 1, 1, 1], 1e-6],
    },
    {
      name: 'tiny values, random',
      seed: 127_01,
      count: 2,
      make: (rng) => randomCase(rng, 8, 32, 1e-3, 0, 1e-6, 7),
    },
    { name: 'mean x² comparable to eps', seed: 127_02, make: (rng) => randomCase(rng, 8, 16, 3e-3, 1e-3, 1e-5, 7) },
    { name: 'large values ±1e6, tiny eps', seed: 127_03, make: (rng) => randomCase(rng, 8, 16, 3e5, 0, 1e-12) },
    { name: 'values near 1e6 with a tiny spread', seed: 127_04, make: (rng) => randomCase(rng, 4, 8, 1e-2, 999_999, 1e-6, 6) },
    { name: 'random small', seed: 127_05, count: 5, make: (rng) => randomCase(rng, rng.int(1, 6), rng.int(2, 12), 1, rng.int(-2, 2)) },
    {
      name: 'random medium',
      seed: 127_06,
      count: 3,
      make: (rng) => randomCase(rng, rng.int(10, 40), rng.int(16, 128), rng.pick([0.1, 1, 10]), rng.int(-5, 5), rng.pick([1e-5, 1e-6, 1e-12])),
    },
    { name: 'one long row, D = 1024', seed: 127_07, make: (rng) => randomCase(rng, 1, MAX_D, 2, 0.5) },
    { name: 'max 64 × 1024', seed: 127_08, make: (rng) => randomCase(rng, 64, MAX_D) },
    { name: 'max 512 × 128', seed: 127_09, make: (rng) => randomCase(rng, MAX_ROWS, 128, 5, 1) },
  ],
  complexity: { time: 'O(rows · D)', space: 'O(rows · D) for the output' },
});
