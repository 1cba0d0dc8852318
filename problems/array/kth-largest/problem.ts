import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 100_000;
const V = 10_000;

/** Values of every digit length, either sign: lexicographic order differs from numeric order. */
const mixedDigits = (rng: Rng, n: number): number[] =>
  Array.from({ length: n }, () => {
    const limit = rng.pick([9, 99, 999, V]);
    return rng.int(-limit, limit);
  });

export default defineProblem({
  slug: 'kth-largest',
  section: 'array',
  title: { zh: '数组中的第 K 个最大元素', en: 'Kth Largest Element in an Array' },
  difficulty: 'medium',
  tags: ['array', 'quickselect', 'divide-and-conquer', 'heap', 'sorting'],
  leetcode: 215,
  entry: {
    kind: 'function',
    name: 'findKthLargest',
    params: [
      { name: 'nums', type: 'number[]' },
      { name: 'k', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z
    .tuple([z.array(z.number().int().min(-V).max(V)).min(1).max(N), z.number().int().min(1)])
    .refine(([nums, k]) => k <= nums.length, { message: 'must be at most nums.length', path: [1] }),
  samples: [{ input: [[3, 2, 1, 5, 6, 4], 2] }, { input: [[3, 2, 3, 1, 2, 4, 5, 5, 6], 4] }],
  tests: [
    { name: 'n = 1', input: [[7], 1] },
    { name: 'n = 1, the minimum value', input: [[-V], 1] },
    { name: 'two elements, k = 1', input: [[1, 2], 1] },
    { name: 'two elements, k = n', input: [[1, 2], 2] },
    { name: 'k = 1, the maximum at the end', input: [[3, 1, 4, 1, 5, 9, 2, 6, 5, 35], 1] },
    { name: 'k = n, the minimum repeated', input: [[5, -3, 8, 0, -3, 2], 6] },
    { name: 'all negative', input: [[-1, -5, -3, -V, -2, -40], 2] },
    { name: 'mixed digit lengths', input: [[10, 9, 1, 100, 2, 25, 3, 1000], 2] },
    { name: 'mixed digit lengths and signs', input: [[-5, 3, -10, 20, 0, -100, 7, V, -9999, 85], 4] },
    { name: 'duplicates count (not the k-th distinct)', input: [[2, 2, 2, 1, 1, 3], 3] },
    { name: 'the answer below a run of equal values', input: [[5, 5, 5, 5, 4], 5] },
    { name: 'extremes', input: [[V, -V, 0, V, -V], 3] },
    {
      name: 'random small',
      seed: 215_01,
      count: 5,
      make: (rng) => {
        const nums = rng.ints(rng.int(1, 20), -20, 20);
        return [nums, rng.int(1, nums.length)];
      },
    },
    {
      name: 'random, mixed digit lengths',
      seed: 215_02,
      count: 3,
      make: (rng) => {
        const nums = mixedDigits(rng, rng.int(50, 500));
        return [nums, rng.int(1, nums.length)];
      },
    },
    {
      name: 'max n, random values',
      seed: 215_03,
      count: 2,
      make: (rng) => [rng.ints(N, -V, V), rng.int(1, N)],
    },
    { name: 'max n, mixed digit lengths, k = n/2', seed: 215_04, make: (rng) => [mixedDigits(rng, N), N / 2] },
    { name: 'max n, all equal, k = n/2', input: [new Array<number>(N).fill(42), N / 2] },
    { name: 'max n, all equal, k = 1', input: [new Array<number>(N).fill(-7), 1] },
    {
      name: 'max n, sorted ascending, k = n/2',
      seed: 215_05,
      make: (rng) => [rng.ints(N, -V, V).sort((a, b) => a - b), N / 2],
    },
    {
      name: 'max n, sorted descending, k = n/2',
      seed: 215_06,
      make: (rng) => [rng.ints(N, -V, V).sort((a, b) => b - a), N / 2],
    },
    {
      name: 'max n, sorted ascending, k = n',
      input: [Array.from({ length: N }, (_, i) => -V + Math.floor(i / 5)), N],
    },
    {
      name: 'max n, sorted descending, k = 1',
      input: [Array.from({ length: N }, (_, i) => V - Math.floor(i / 5)), 1],
    },
    {
      name: 'max n, two values, k = 1',
      seed: 215_07,
      make: (rng) => [rng.ints(N, 0, 1), 1],
    },
    {
      name: 'max n, organ pipe (up then down)',
      input: [Array.from({ length: N }, (_, i) => (i < N / 2 ? -V + Math.floor(i / 3) : V - Math.floor((i - N / 2) / 3))), N / 4],
    },
  ],
  complexity: { time: 'O(n) expected', space: 'O(1)' },
});
