import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 1_000_000;
const V = 1_000_000_000;

const input = z
  .tuple([z.array(z.number().int().min(-V).max(V)).min(1).max(N), z.number().int().min(1)])
  .refine(([nums, k]) => k <= nums.length, { message: 'must be at most nums.length', path: [1] });

/** 0, …, 0, 1, …, 1, …: n values rising by one every `run` elements (each newcomer beats most of the kept). */
const rising = (n: number, run: number): number[] => Array.from({ length: n }, (_, i) => Math.floor(i / run));

export default defineProblem({
  slug: 'heap-top-k',
  section: 'other',
  title: { zh: 'Top-K 问题（手写堆）', en: 'Top K Largest with a Hand-Written Heap' },
  difficulty: 'medium',
  tags: ['heap', 'array'],
  entry: {
    kind: 'function',
    name: 'topK',
    params: [
      { name: 'nums', type: 'number[]' },
      { name: 'k', type: 'number' },
    ],
    returns: { type: 'number[]' },
  },
  rules: { noSort: true },
  checker: { style: 'exact' },
  limits: { timeMs: 2000, memoryMb: 256 },
  input,
  samples: [{ input: [[3, 2, 1, 5, 6, 4], 2] }, { input: [[4, 1, 4, 2, 4, 3], 4] }],
  tests: [
    { name: 'n = 1', input: [[-3], 1] },
    { name: 'k = 1, the maximum in the middle', input: [[3, 1, 9, 2, 5], 1] },
    { name: 'k = n, a permutation', input: [[3, 1, 2], 3] },
    { name: 'duplicates of the maximum', input: [[5, 5, 5, 1], 2] },
    { name: 'ties at the k-th place', input: [[4, 2, 4, 4, 4, 1], 3] },
    { name: 'all negative', input: [[-7, -1, -30, -2, -9], 3] },
    { name: 'extreme values', input: [[V, -V, 0, V, -V, 1], 4] },
    { name: 'mixed digit lengths', input: [[10, 9, 1, 100, 2, 25, 3, 1000], 4] },
    { name: 'ascending input', input: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4] },
    { name: 'descending input', input: [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 4] },
    {
      name: 'random small',
      seed: 4101,
      count: 6,
      make: (rng) => {
        const nums = rng.ints(rng.int(1, 30), -20, 20);
        return [nums, rng.int(1, nums.length)];
      },
    },
    { name: 'random medium, n = 10^4', seed: 4102, count: 3, make: (rng) => [rng.ints(10_000, -V, V), rng.int(1, 300)] },
    { name: 'n = 2·10^5 rising, k = 5·10^4', input: [rising(200_000, 10), 50_000] },
    { name: 'max n = 10^6 rising, k = 1000', input: [rising(N, 100), 1000] },
    { name: 'n = 10^5 random, k = 1000', seed: 4103, make: (rng) => [rng.ints(100_000, -10_000, 10_000), 1000] },
    { name: 'n = 5·10^4, k = n', seed: 4104, make: (rng) => [rng.ints(50_000, -V, V), 50_000] },
    { name: 'n = 5·10^4 falling, k = 1000', input: [Array.from({ length: 50_000 }, (_, i) => 50_000 - i), 1000] },
    { name: 'n = 5·10^4 all equal, k = 500', input: [new Array<number>(50_000).fill(7), 500] },
  ],
  complexity: { time: 'O(n log k)', space: 'O(k)' },
});
