import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const M = 500;
const V = 100; // LeetCode 54's range: solutions written for it may rely on it

/** An m × n matrix of random values in [lo, hi]. */
const grid = (rng: Rng, m: number, n: number, lo = -V, hi = V): number[][] =>
  Array.from({ length: m }, () => rng.ints(n, lo, hi));

/** An m × n matrix holding 1, 2, …, m·n row by row: every value distinct, easy to read. */
const counting = (m: number, n: number): number[][] =>
  Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => i * n + j + 1));

export default defineProblem({
  slug: 'spiral-order',
  section: 'array',
  title: { zh: '螺旋矩阵', en: 'Spiral Matrix' },
  difficulty: 'medium',
  tags: ['array', 'matrix', 'simulation'],
  leetcode: 54,
  entry: {
    kind: 'function',
    name: 'spiralOrder',
    params: [{ name: 'matrix', type: 'number[][]' }],
    returns: { type: 'number[]' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 2000, memoryMb: 128 },
  input: z
    .tuple([z.array(z.array(z.number().int().min(-V).max(V)).min(1).max(M)).min(1).max(M)])
    .refine(([matrix]) => matrix.every((row) => row.length === matrix[0]!.length), {
      message: 'every row must have the same length',
      path: [0],
    }),
  samples: [{ input: [counting(3, 3)] }, { input: [counting(3, 4)] }],
  tests: [
    { name: '1 × 1', input: [[[5]]] },
    { name: '1 × 2', input: [[[1, 2]]] },
    { name: '2 × 1', input: [[[1], [2]]] },
    { name: 'a single row, 1 × 5', input: [counting(1, 5)] },
    { name: 'a single column, 5 × 1', input: [counting(5, 1)] },
    { name: '2 × 2', input: [counting(2, 2)] },
    { name: '2 × 3', input: [counting(2, 3)] },
    { name: '3 × 2', input: [counting(3, 2)] },
    { name: '4 × 3', input: [counting(4, 3)] },
    { name: '4 × 4', input: [counting(4, 4)] },
    { name: '5 × 5, odd square: the centre last', input: [counting(5, 5)] },
    { name: '3 × 7: a middle row is left at the end', input: [counting(3, 7)] },
    { name: '7 × 3: a middle column is left at the end', input: [counting(7, 3)] },
    { name: '6 × 4: even, non-square', input: [counting(6, 4)] },
    { name: 'negative values and zeros', input: [[[-1, 0, -3], [4, -5, 0], [0, -8, 9], [-V, V, 0]]] },
    {
      name: 'random small',
      seed: 54_01,
      count: 6,
      make: (rng) => [grid(rng, rng.int(1, 10), rng.int(1, 10), -20, 20)],
    },
    {
      name: 'random medium',
      seed: 54_02,
      count: 3,
      make: (rng) => [grid(rng, rng.int(20, 80), rng.int(20, 80))],
    },
    { name: 'max row, 1 × 500', seed: 54_03, make: (rng) => [grid(rng, 1, M)] },
    { name: 'max column, 500 × 1', seed: 54_04, make: (rng) => [grid(rng, M, 1)] },
    { name: '2 × 500', seed: 54_05, make: (rng) => [grid(rng, 2, M)] },
    { name: '499 × 3: a middle column of 497 left', seed: 54_06, make: (rng) => [grid(rng, M - 1, 3)] },
    { name: '3 × 499: a middle row of 497 left', seed: 54_07, make: (rng) => [grid(rng, 3, M - 1)] },
    { name: 'max 500 × 500', seed: 54_09, make: (rng) => [grid(rng, M, M)] },
    { name: '500 × 301, non-square', seed: 54_08, make: (rng) => [grid(rng, M, 301, 0, 99)] },
  ],
  complexity: { time: 'O(m·n)', space: 'O(1) besides the answer' },
});
