import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_ELEMENTS = 100_000;
const V = 10_000;

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
/** B × C logits uniform in [lo, hi] with uniformly random labels. */
const uniformCase = (rng: Rng, b: number, c: number, lo: number, hi: number): [number[][], number[]] => [
  Array.from({ length: b }, () => Array.from({ length: c }, () => r3(lo + (hi - lo) * rng.next()))),
  rng.ints(b, 0, c - 1),
];
const normalCase = (rng: Rng, b: number, c: number, scale: number): [number[][], number[]] => [
  Array.from({ length: b }, () => Array.from({ length: c }, () => r3(scale * rng.normal()))),
  rng.ints(b, 0, c - 1),
];

export default defineProblem({
  slug: 'cross-entropy',
  section: 'formulas',
  title: { zh: '手写交叉熵损失', en: 'Cross-Entropy Loss from Logits' },
  difficulty: 'easy',
  tags: ['math', 'deep-learning', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'crossEntropy',
    params: [
      { name: 'logits', type: 'number[][]' },
      { name: 'labels', type: 'number[]' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 2000, memoryMb: 256 },
  input: z
    .tuple([z.array(z.array(z.number().min(-V).max(V)).min(1)).min(1), z.array(z.number().int().min(0))])
    .refine(([m]) => m.every((row) => row.length === m[0]!.length), { message: 'every row must have the same length', path: [0] })
    .refine(([m]) => m.length * m[0]!.length <= MAX_ELEMENTS, { message: `at most ${MAX_ELEMENTS} logits in all`, path: [0] })
    .refine(([m, y]) => y.length === m.length, { message: 'must have one label per row of logits', path: [1] })
    .refine(([m, y]) => y.every((c) => c < m[0]!.length), { message: 'every label must be < C', path: [1] }),
  samples: [
    { input: [[[2, 1, 0.1], [0.5, 2.5, -1]], [0, 2]] },
    { input: [[[1000, -1000], [-1000, 1000]], [1, 1]] },
  ],
  tests: [
    { name: 'one class (loss 0)', input: [[[3.5]], [0]] },
    { name: 'one class, three samples', input: [[[-V], [0], [V]], [0, 0, 0]] },
    { name: 'uniform logits (log C)', input: [[[0, 0, 0, 0, 0]], [3]] },
    { name: 'confident and right', input: [[[1000, 0, -1000]], [0]] },
    { name: 'confident and wrong', input: [[[1000, 0, -1000]], [2]] },
    { name: 'confident and wrong, large batch mean', input: [[[1000, -1000], [-1000, 1000], [0, 0], [5, 5]], [1, 0, 0, 1]] },
    { name: 'all logits large and equal', input: [[[1000, 1000, 1000]], [1]] },
    { name: 'all logits very negative', input: [[[-1000, -1001, -1002]], [2]] },
    { name: 'extreme range', input: [[[V, -V, 0], [-V, V, 0]], [1, 0]] },
    { name: 'label at the first and last class', input: [[[0.3, -1.2, 2.2, 0.7], [1.5, 0.2, -0.4, -3]], [0, 3]] },
    { name: 'two samples, mean not sum', input: [[[1, 2], [3, 1]], [0, 0]] },
    { name: 'random small, normal logits', seed: 2_01, count: 5, make: (rng) => normalCase(rng, rng.int(1, 8), rng.int(2, 10), 3) },
    { name: 'random, logits up to ±1000', seed: 2_02, count: 4, make: (rng) => uniformCase(rng, rng.int(2, 40), rng.int(2, 50), -1000, 1000) },
    { name: 'random, logits up to ±1e4', seed: 2_03, count: 2, make: (rng) => uniformCase(rng, rng.int(2, 40), rng.int(2, 20), -V, V) },
    { name: 'large vocabulary 1 × 1e5, logits ±1000', seed: 2_04, make: (rng) => uniformCase(rng, 1, MAX_ELEMENTS, -1000, 1000) },
    { name: 'max batch 1e4 × 10, normal logits', seed: 2_05, make: (rng) => normalCase(rng, 10_000, 10, 5) },
    { name: 'max 1000 × 100, logits ±1000', seed: 2_06, make: (rng) => uniformCase(rng, 1000, 100, -1000, 1000) },
  ],
  complexity: { time: 'O(B·C)', space: 'O(1)' },
});
