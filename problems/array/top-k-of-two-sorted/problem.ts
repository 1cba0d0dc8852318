import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 50_000;
const V = 1_000_000_000;

const descending = z
  .array(z.number().int().min(-V).max(V))
  .max(N)
  .refine((a) => a.every((v, i) => i === 0 || a[i - 1]! >= v), 'must be sorted in non-increasing order (largest first)');

/** n random values in [lo, hi], sorted descending. */
const desc = (rng: Rng, n: number, lo = -V, hi = V): number[] => rng.ints(n, lo, hi).sort((x, y) => y - x);

/** Values of every digit length and both signs, sorted descending: string order differs from numeric order. */
const mixedDigits = (rng: Rng, n: number): number[] =>
  Array.from({ length: n }, () => {
    const limit = rng.pick([9, 99, 9999, 999_999, V]);
    return rng.int(-limit, limit);
  }).sort((x, y) => y - x);

export default defineProblem({
  slug: 'top-k-of-two-sorted',
  section: 'array',
  title: { zh: '两个降序数组中最大的 k 个数', en: 'Top K of Two Descending Arrays' },
  difficulty: 'easy',
  tags: ['array', 'two-pointers'],
  entry: {
    kind: 'function',
    name: 'topKOfTwo',
    params: [
      { name: 'a', type: 'number[]' },
      { name: 'b', type: 'number[]' },
      { name: 'k', type: 'number' },
    ],
    returns: { type: 'number[]' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z
    .tuple([descending, descending, z.number().int().min(1)])
    .refine(([a, b, k]) => k <= a.length + b.length, { message: 'must be at most a.length + b.length', path: [2] }),
  samples: [{ input: [[9, 7, 4, 1], [8, 7, 2], 4] }, { input: [[], [5, 3, 3], 2] }],
  tests: [
    { name: 'a empty, k = 1', input: [[], [4], 1] },
    { name: 'b empty, k = m', input: [[6, 5, 1], [], 3] },
    { name: 'a empty, k = n', input: [[], [10, -2, -30], 3] },
    { name: 'one element each, k = 2', input: [[1], [2], 2] },
    { name: 'one element each, k = 1', input: [[-5], [-7], 1] },
    { name: 'duplicates across the arrays', input: [[5, 5, 3], [5, 4, 4], 4] },
    { name: 'duplicates across the arrays, k = m + n', input: [[5, 5, 3], [5, 4, 4], 6] },
    { name: 'all equal', input: [[2, 2, 2], [2, 2], 4] },
    { name: 'a entirely above b, k > m', input: [[100, 90, 80], [3, 2, 1], 5] },
    { name: 'b entirely above a, k < n', input: [[3, 2, 1], [100, 90, 80, 70], 2] },
    { name: 'a entirely above b, k = m + n', input: [[100, 90], [-1, -2, -3], 5] },
    { name: 'interleaved', input: [[9, 7, 5, 3, 1], [8, 6, 4, 2, 0], 7] },
    { name: 'negatives and zero', input: [[0, -1, -1, -50], [-1, -2, -100], 5] },
    { name: 'mixed digit lengths', input: [[100, 25, 9, 1], [1000, 30, 3], 5] },
    { name: 'extremes', input: [[V, -V], [V, 0, -V], 5] },
    { name: 'a long, b one element in the middle, k = m + n', input: [[10, 9, 8, 7, 6, 5], [7], 7] },
    {
      name: 'random small',
      seed: 2_01,
      count: 6,
      make: (rng) => {
        const a = desc(rng, rng.int(0, 8), -10, 10);
        const b = desc(rng, rng.int(a.length === 0 ? 1 : 0, 8), -10, 10);
        return [a, b, rng.int(1, a.length + b.length)];
      },
    },
    {
      name: 'random medium, mixed digit lengths',
      seed: 2_02,
      count: 3,
      make: (rng) => {
        const a = mixedDigits(rng, rng.int(1, 300));
        const b = mixedDigits(rng, rng.int(0, 300));
        return [a, b, rng.int(1, a.length + b.length)];
      },
    },
    {
      name: 'max, k = m + n',
      seed: 2_03,
      make: (rng) => [desc(rng, N), desc(rng, N), 2 * N],
    },
    { name: 'max, k = 1', seed: 2_04, make: (rng) => [desc(rng, N), desc(rng, N), 1] },
    { name: 'max, b empty, k = m', seed: 2_05, make: (rng) => [mixedDigits(rng, N), [], N] },
    {
      name: 'max, many duplicates across the arrays, k = m + n - 1',
      seed: 2_06,
      make: (rng) => [desc(rng, N, -3, 3), desc(rng, N, -3, 3), 2 * N - 1],
    },
    {
      name: 'max, disjoint ranges, k = m + n / 2',
      seed: 2_07,
      make: (rng) => [desc(rng, N, 1, V), desc(rng, N, -V, 0), N + N / 2],
    },
  ],
  complexity: { time: 'O(k)', space: 'O(1) besides the answer' },
});
