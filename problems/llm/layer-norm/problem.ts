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
/** A random case: x [rows][d] of N(shift, scale²), gamma near 1, beta near 0. */
const randomCase = (rng: Rng, rows: number, d: number, scale = 1, shift = 0, eps = 1e-5) => [
  matrix(rng, rows, d, scale, shift),
  normals(rng, d, 0.5, 1),
  normals(rng, d, 0.5),
  eps,
];

export default defineProblem({
  slug: 'layer-norm',
  section: 'llm',
  title: { zh: '层归一化 LayerNorm', en: 'Layer Normalization' },
  difficulty: 'easy',
  tags: ['deep-learning', 'llm', 'numerical-stability', 'matrix'],
  entry: {
    kind: 'function',
    name: 'layerNorm',
    params: [
      { name: 'x', type: 'number[][]' },
      { name: 'gamma', type: 'number[]' },
      { name: 'beta', type: 'number[]' },
      { name: 'eps', type: 'number' },
    ],
    returns: { type: 'number[][]' },
  },
  checker: { style: 'float', atol: 1e-5, rtol: 1e-5 },
  limits: { timeMs: 2000, memoryMb: 128 },
  input: z
    .tuple([z.array(vec(X_ABS)).min(1).max(MAX_ROWS), vec(W_ABS), vec(W_ABS), finite.min(1e-12).max(0.1)])
    .refine(([x, g]) => x.every((row) => row.length === g.length), { message: 'every row of x must have D = gamma.length values', path: [0] })
    .refine(([, g, b]) => b.length === g.length, { message: 'beta must have D values', path: [2] })
    .refine(([x, g]) => x.length * g.length <= MAX_CELLS, { message: `rows · D must be at most ${MAX_CELLS}`, path: [0] }),
  samples: [
    { input: [[[1, 2, 3, 4], [2, 2, 2, 2]], [1, 1, 1, 1], [0, 0, 0, 0], 1e-5] },
    { input: [[[0.5, -1.5, 3]], [2, 0.5, 1], [0, 1, -1], 0.001] },
  ],
  tests: [
    { name: 'D = 1: the output is beta', input: [[[3], [-7.25], [1e6]], [2], [0.5], 1e-5] },
    { name: 'constant rows: the output is beta', input: [[[5, 5, 5], [-1e6, -1e6, -1e6]], [1, 2, 3], [0.1, 0.2, 0.3], 1e-5] },
    { name: 'D = 2', input: [[[1, 3], [-2, 10]], [1, 1], [0, 0], 1e-5] },
    { name: 'gamma = 0 leaves beta', input: [[[1, 2, 3, 4]], [0, 0, 0, 0], [1, -1, 2, -2], 1e-5] },
    { name: 'large eps', input: [[[1, -1, 1, -1], [0.1, 0.2, 0.3, 0.4]], [1, 1, 1, 1], [0, 0, 0, 0], 0.1] },
    {
      name: 'tiny variance (1e-6) with eps 1e-5: eps dominates',
      input: [[[0.001, -0.001, 0.0005, -0.0005, 0, 0.002, -0.002, 0]], [1, 1, 1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0], 1e-5],
    },
    {
      name: 'tiny variance around 1e4',
      seed: 109_01,
      count: 2,
      make: (rng) => [matrix(rng, 6, 64, 1e-3, 1e4, 7), normals(rng, 64, 0.5, 1), normals(rng, 64, 0.5), 1e-5],
    },
    {
      name: 'tiny spread near 1e6, eps 1e-8',
      seed: 109_02,
      make: (rng) => [matrix(rng, 4, 8, 1e-2, 999_999, 6), normals(rng, 8, 0.5, 1), normals(rng, 8, 0.5), 1e-8],
    },
    {
      name: 'variance comparable to eps',
      seed: 109_03,
      make: (rng) => [matrix(rng, 8, 32, 3e-3, 0, 6), normals(rng, 32, 0.5, 1), normals(rng, 32, 0.5), 1e-5],
    },
    { name: 'large values ±1e6', seed: 109_04, make: (rng) => randomCase(rng, 8, 16, 3e5) },
    { name: 'random small', seed: 109_05, count: 5, make: (rng) => randomCase(rng, rng.int(1, 6), rng.int(2, 12)) },
    {
      name: 'random medium, shifted rows',
      seed: 109_06,
      count: 3,
      make: (rng) => randomCase(rng, rng.int(10, 40), rng.int(16, 128), rng.pick([0.1, 1, 10]), rng.int(-50, 50), rng.pick([1e-5, 1e-6, 1e-12])),
    },
    { name: 'one long row, D = 1024', seed: 109_07, make: (rng) => randomCase(rng, 1, MAX_D, 2, 3) },
    { name: 'max 64 × 1024', seed: 109_08, make: (rng) => randomCase(rng, 64, MAX_D) },
    { name: 'max 512 × 128', seed: 109_09, make: (rng) => randomCase(rng, MAX_ROWS, 128, 5, -1) },
  ],
  complexity: { time: 'O(rows · D)', space: 'O(rows · D) for the output' },
});
