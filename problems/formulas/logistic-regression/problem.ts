import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_ELEMENTS = 100_000;
const D_MAX = 100;

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const vec = (rng: Rng, n: number, scale: number): number[] =>
  Array.from({ length: n }, () => Math.max(-100, Math.min(100, r4(scale * rng.normal()))));

/**
 * n samples of d features; labels come from a planted logistic model (with some noise), weights start
 * elsewhere, and a few weights are exactly 0 to exercise sign(0) = 0.
 */
function makeCase(
  rng: Rng,
  n: number,
  d: number,
  opts: { xScale?: number; wScale?: number; lr?: number; l1?: number; l2?: number; b?: number } = {},
): unknown[] {
  const X = Array.from({ length: n }, () => vec(rng, d, opts.xScale ?? 1));
  const planted = vec(rng, d, 1);
  const y = X.map((row) => {
    const z = row.reduce((s, x, j) => s + x * planted[j]!, 0);
    return rng.next() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  });
  const w = vec(rng, d, opts.wScale ?? 0.5).map((v) => (rng.next() < 0.1 ? 0 : v));
  const b = opts.b ?? r4(rng.normal());
  return [X, y, w, b, opts.lr ?? 0.1, opts.l1 ?? r4(rng.next() * 0.1), opts.l2 ?? r4(rng.next() * 0.1)];
}

export default defineProblem({
  slug: 'logistic-regression',
  section: 'formulas',
  title: { zh: '逻辑回归的一步梯度下降（L1/L2 正则）', en: 'One Gradient Step of Logistic Regression (L1/L2)' },
  difficulty: 'medium',
  tags: ['machine-learning', 'math', 'optimization', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'logisticRegressionStep',
    params: [
      { name: 'X', type: 'number[][]' },
      { name: 'y', type: 'number[]' },
      { name: 'w', type: 'number[]' },
      { name: 'b', type: 'number' },
      { name: 'lr', type: 'number' },
      { name: 'l1', type: 'number' },
      { name: 'l2', type: 'number' },
    ],
    returns: { type: '{ loss: number; gradW: number[]; gradB: number; w: number[]; b: number }' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 2000, memoryMb: 256 },
  input: z
    .tuple([
      z.array(z.array(z.number().min(-100).max(100)).min(1).max(D_MAX)).min(1),
      z.array(z.union([z.literal(0), z.literal(1)])),
      z.array(z.number().min(-100).max(100)),
      z.number().min(-1000).max(1000),
      z.number().min(0).max(10),
      z.number().min(0).max(10),
      z.number().min(0).max(10),
    ])
    .refine(([X]) => X.every((row) => row.length === X[0]!.length), { message: 'every row must have d features', path: [0] })
    .refine(([X]) => X.length * X[0]!.length <= MAX_ELEMENTS, { message: `at most ${MAX_ELEMENTS} numbers in all`, path: [0] })
    .refine(([X, y]) => y.length === X.length, { message: 'must have one label per row of X', path: [1] })
    .refine(([X, , w]) => w.length === X[0]!.length, { message: 'must have length d', path: [2] }),
  samples: [
    { input: [[[1, 2], [-1, 0.5], [0, -1]], [1, 0, 1], [0.5, -0.25], 0.1, 0.1, 0, 0] },
    { input: [[[1, 0, 2], [0, 1, -1]], [0, 1], [0, 1.5, -2], 0.5, 1, 0.1, 0.2] },
  ],
  tests: [
    { name: 'one sample, one feature', input: [[[2]], [1], [0.3], -0.4, 0.5, 0, 0] },
    { name: 'zero weights and bias (loss log 2)', input: [[[1, -1], [2, 3], [0.5, 0]], [0, 1, 1], [0, 0], 0, 1, 0.5, 0.5] },
    { name: 'learning rate 0 leaves w and b', input: [[[1, 2], [3, 4]], [1, 0], [0.1, -0.2], 0.3, 0, 0.01, 0.01] },
    { name: 'L1 only, with zero weights (sign(0) = 0)', input: [[[1, 2, 3], [-1, 0, 1], [2, 2, 0]], [1, 0, 0], [0, -0.5, 0], 1, 0.1, 0.3, 0] },
    { name: 'L2 only, bias far from 0 (not regularised)', input: [[[1, 2], [0, -1], [3, 0.5]], [0, 1, 1], [2, -3], 50, 0.05, 0, 0.7] },
    { name: 'large positive logits, right labels', input: [[[100, 50], [80, 90]], [1, 1], [10, 5], 0, 0.01, 0, 0] },
    { name: 'large logits, wrong labels (loss about 1000)', input: [[[100, 0], [-100, 0]], [0, 1], [10, 1], 0, 0.01, 0, 0] },
    { name: 'logits up to ±2e4', input: [[[100, 100], [-100, -100], [100, -100]], [0, 0, 1], [100, 100], 1000, 0.001, 0.01, 0.01] },
    { name: 'all labels 0, bias only matters', input: [[[0], [0], [0], [0]], [0, 0, 0, 0], [5], -2, 1, 0.1, 0.1] },
    { name: 'large bias, all labels 1', input: [[[0.5, -0.5], [1, 1], [-2, 0.25]], [1, 1, 1], [0.2, 0.1], 900, 10, 0.2, 0.3] },
    { name: 'one sample, d = 100', seed: 7_06, make: (rng) => makeCase(rng, 1, D_MAX, { lr: 10, l1: 0.5, l2: 0.5 }) },
    { name: 'random small', seed: 7_01, count: 6, make: (rng) => makeCase(rng, rng.int(1, 8), rng.int(1, 5)) },
    { name: 'random, strong regularisation', seed: 7_02, count: 2, make: (rng) => makeCase(rng, rng.int(5, 30), rng.int(2, 10), { l1: 1, l2: 2, lr: 0.5 }) },
    { name: 'random, large features (saturated sigmoid)', seed: 7_03, count: 2, make: (rng) => makeCase(rng, 50, 5, { xScale: 40, wScale: 3 }) },
    { name: 'max n = 1e4, d = 10', seed: 7_04, make: (rng) => makeCase(rng, 10_000, 10) },
    { name: 'max d = 100, n = 1000', seed: 7_05, make: (rng) => makeCase(rng, 1000, D_MAX, { lr: 1 }) },
  ],
  complexity: { time: 'O(n·d)', space: 'O(d)' },
});
