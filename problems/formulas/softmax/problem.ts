import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_ELEMENTS = 100_000;
const V = 10_000;

/** A value rounded to 3 decimals keeps the test data small without making ties likely. */
const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const uniformMatrix = (rng: Rng, rows: number, cols: number, lo: number, hi: number): number[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => r3(lo + (hi - lo) * rng.next())));
const normalMatrix = (rng: Rng, rows: number, cols: number, scale: number): number[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => r3(scale * rng.normal())));

export default defineProblem({
  slug: 'softmax',
  section: 'formulas',
  title: { zh: '手写 Softmax', en: 'Softmax' },
  difficulty: 'easy',
  tags: ['math', 'deep-learning', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'softmax',
    params: [{ name: 'logits', type: 'number[][]' }],
    returns: { type: 'number[][]' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 2000, memoryMb: 256 },
  input: z
    .tuple([z.array(z.array(z.number().min(-V).max(V)).min(1)).min(1)])
    .refine(([m]) => m.every((row) => row.length === m[0]!.length), 'every row must have the same length')
    .refine(([m]) => m.length * m[0]!.length <= MAX_ELEMENTS, `at most ${MAX_ELEMENTS} elements in all`),
  samples: [{ input: [[[1, 2, 3]]] }, { input: [[[1000, 1001, 1002], [-1000, -1000, -1000]]] }],
  tests: [
    { name: 'one element', input: [[[5]]] },
    { name: 'one element, extreme', input: [[[-V]]] },
    { name: 'one column, several rows', input: [[[3], [-2], [1000], [-1000]]] },
    { name: 'two classes, one far ahead', input: [[[1000, -1000]]] },
    { name: 'all equal', input: [[[7, 7, 7, 7]]] },
    { name: 'large positive logits', input: [[[1000, 1001, 1002]]] },
    { name: 'large negative logits', input: [[[-1000, -1001, -1002, -999]]] },
    { name: 'one row far above, one far below (per-row max)', input: [[[1000, 999, 998], [-1000, -1001, -999], [0, 1, 2]]] },
    { name: 'extreme range inside a row', input: [[[V, -V, 0, V - 1]]] },
    { name: 'all at the bound', input: [[[V, V, V], [-V, -V, -V]]] },
    { name: 'tiny differences', input: [[[1e-9, 0, -1e-9, 2e-9]]] },
    { name: 'non-square 2×5', input: [[[1, 2, 3, 4, 5], [5, 4, 3, 2, 1]]] },
    { name: 'random small, normal', seed: 1_01, count: 5, make: (rng) => [normalMatrix(rng, rng.int(1, 6), rng.int(1, 8), 3)] },
    { name: 'random, logits up to ±1000', seed: 1_02, count: 4, make: (rng) => [uniformMatrix(rng, rng.int(2, 20), rng.int(2, 30), -1000, 1000)] },
    {
      name: 'random rows shifted by ±1000',
      seed: 1_03,
      count: 2,
      make: (rng) => {
        const m = normalMatrix(rng, 16, 12, 2);
        return [m.map((row, i) => row.map((x) => r3(x + (i % 2 === 0 ? 1000 : -1000))))];
      },
    },
    { name: 'long sequence 1 × 1e5, logits ±1000', seed: 1_04, make: (rng) => [uniformMatrix(rng, 1, MAX_ELEMENTS, -1000, 1000)] },
    { name: 'max 1000 × 100, logits ±1000', seed: 1_05, make: (rng) => [uniformMatrix(rng, 1000, 100, -1000, 1000)] },
  ],
  complexity: { time: 'O(B·C)', space: 'O(B·C) for the output' },
});
