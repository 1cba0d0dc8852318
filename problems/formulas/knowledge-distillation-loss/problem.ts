import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_ELEMENTS = 50_000;
const V = 10_000;

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const matrix = (rng: Rng, b: number, c: number, f: () => number): number[][] =>
  Array.from({ length: b }, () => Array.from({ length: c }, () => r3(f())));

/** Student and teacher logits of B × C, the teacher correlated with the student as in real distillation. */
function makeCase(rng: Rng, b: number, c: number, scale: number, T: number, alpha: number): unknown[] {
  const teacher = matrix(rng, b, c, () => scale * rng.normal());
  const student = teacher.map((row) => row.map((t) => r3(0.6 * t + 0.8 * scale * rng.normal())));
  return [student, teacher, rng.ints(b, 0, c - 1), T, alpha];
}

const logits = z.array(z.array(z.number().min(-V).max(V)).min(1)).min(1);

export default defineProblem({
  slug: 'knowledge-distillation-loss',
  section: 'formulas',
  title: { zh: '手写知识蒸馏损失', en: 'Knowledge Distillation Loss' },
  difficulty: 'medium',
  tags: ['math', 'deep-learning', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'kdLoss',
    params: [
      { name: 'studentLogits', type: 'number[][]' },
      { name: 'teacherLogits', type: 'number[][]' },
      { name: 'labels', type: 'number[]' },
      { name: 'T', type: 'number' },
      { name: 'alpha', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 2000, memoryMb: 256 },
  input: z
    .tuple([logits, logits, z.array(z.number().int().min(0)), z.number().min(0.1).max(100), z.number().min(0).max(1)])
    .refine(([s]) => s.every((row) => row.length === s[0]!.length), { message: 'every row must have the same length', path: [0] })
    .refine(([s, t]) => t.length === s.length && t.every((row) => row.length === s[0]!.length), {
      message: 'must have the shape of studentLogits',
      path: [1],
    })
    .refine(([s]) => s.length * s[0]!.length <= MAX_ELEMENTS, { message: `at most ${MAX_ELEMENTS} logits per matrix`, path: [0] })
    .refine(([s, , y]) => y.length === s.length && y.every((c) => c < s[0]!.length), {
      message: 'must hold one label in [0, C) per row',
      path: [2],
    }),
  samples: [
    { input: [[[1, 2, 0.5]], [[0.5, 2.5, 0]], [1], 2, 0.5] },
    { input: [[[1000, 0, -1000], [0, 0, 0]], [[-1000, 0, 1000], [3, 1, -2]], [2, 0], 1, 0.7] },
  ],
  tests: [
    { name: 'one class (loss 0)', input: [[[4], [-4]], [[1], [7]], [0, 0], 3, 0.5] },
    { name: 'alpha = 0: hard-label cross-entropy only', input: [[[1, 2, 0.5], [0, -1, 3]], [[0.5, 2.5, 0], [2, 2, 2]], [1, 2], 4, 0] },
    { name: 'alpha = 1: soft loss only', input: [[[1, 2, 0.5], [0, -1, 3]], [[0.5, 2.5, 0], [2, 2, 2]], [1, 2], 4, 1] },
    { name: 'student equals teacher (KL 0)', input: [[[0.3, -1.2, 2.5, 0]], [[0.3, -1.2, 2.5, 0]], [2], 2, 0.9] },
    { name: 'T = 1', input: [[[2, 1, 0.1], [0.5, 2.5, -1]], [[3, 0, -1], [0, 1, 0]], [0, 2], 1, 0.5] },
    { name: 'small T = 0.5 sharpens', input: [[[2, 1, 0.1], [0.5, 2.5, -1]], [[3, 0, -1], [0, 1, 0]], [0, 2], 0.5, 0.5] },
    { name: 'large T = 20', input: [[[2, 1, 0.1, -3], [0.5, 2.5, -1, 4]], [[3, 0, -1, 1], [0, 1, 0, 2]], [3, 1], 20, 0.9] },
    { name: 'teacher logits ±1000 (probabilities underflow to 0)', input: [[[1, 2, 3]], [[1000, -1000, 0]], [0], 1, 0.5] },
    { name: 'student logits ±1000', input: [[[-1000, 1000, 0]], [[1, 2, 3]], [1], 1, 0.5] },
    { name: 'both ±1000, disagreeing', input: [[[1000, -1000], [-1000, 1000]], [[-1000, 1000], [-1000, 1000]], [0, 1], 2, 0.5] },
    { name: 'uniform teacher', input: [[[2, -1, 0.5, 0]], [[7, 7, 7, 7]], [0], 3, 0.6] },
    { name: 'teacher disagrees with the label', input: [[[0.2, 1.5, -0.3], [1, 1, 2]], [[4, -2, 0], [-1, 5, 0.5]], [2, 0], 2.5, 0.4] },
    { name: 'logits ±1e4, T = 100', input: [[[V, -V, 0]], [[-V, V, 0]], [2], 100, 0.8] },
    { name: 'random small', seed: 4_01, count: 5, make: (rng) => makeCase(rng, rng.int(1, 6), rng.int(2, 8), 2, rng.pick([1, 2, 4, 8]), rng.pick([0.1, 0.5, 0.9])) },
    { name: 'random, logits up to ±1000', seed: 4_02, count: 3, make: (rng) => makeCase(rng, rng.int(2, 20), rng.int(2, 30), 400, rng.pick([1, 2, 5]), 0.7) },
    { name: 'max 500 × 100, T = 4', seed: 4_03, make: (rng) => makeCase(rng, 500, 100, 3, 4, 0.9) },
    { name: 'max 1 × 5e4 vocabulary, T = 2', seed: 4_04, make: (rng) => makeCase(rng, 1, MAX_ELEMENTS, 5, 2, 0.5) },
  ],
  complexity: { time: 'O(B·C)', space: 'O(C)' },
});
