import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 1000;
const V = 1_000_000;

const sorted = z
  .array(z.number().int().min(-V).max(V))
  .max(N)
  .refine((a) => a.every((v, i) => i === 0 || a[i - 1]! <= v), 'must be sorted in non-decreasing order');

/** n random values in [lo, hi], sorted ascending. */
const sortedInts = (rng: Rng, n: number, lo = -V, hi = V): number[] => rng.ints(n, lo, hi).sort((a, b) => a - b);

export default defineProblem({
  slug: 'median-of-two-sorted-arrays',
  section: 'sorting',
  title: { zh: '寻找两个正序数组的中位数', en: 'Median of Two Sorted Arrays' },
  difficulty: 'hard',
  tags: ['array', 'binary-search', 'divide-and-conquer'],
  leetcode: 4,
  entry: {
    kind: 'function',
    name: 'findMedianSortedArrays',
    params: [
      { name: 'nums1', type: 'number[]' },
      { name: 'nums2', type: 'number[]' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-5, rtol: 0 },
  // No time-out to separate here (m + n <= 2000); the generous limit keeps the stack-overflow wrong
  // solution a clean RE: overflowing the judge's deep stack takes 0.1–0.7 s.
  limits: { timeMs: 2000, memoryMb: 64 },
  input: z
    .tuple([sorted, sorted])
    .refine(([a, b]) => a.length + b.length >= 1, 'nums1 and nums2 cannot both be empty'),
  samples: [{ input: [[1, 3], [2]] }, { input: [[1, 2], [3, 4]] }],
  tests: [
    { name: 'first empty, one element', input: [[], [1]] },
    { name: 'second empty, one element', input: [[2], []] },
    { name: 'first empty, even length', input: [[], [2, 3]] },
    { name: 'second empty, odd length', input: [[-4, 0, 9], []] },
    { name: 'one element each', input: [[1], [1]] },
    { name: 'one element each, half-integer median', input: [[100_000], [100_001]] },
    { name: 'disjoint, first below second', input: [[1, 2, 3], [4, 5, 6]] },
    { name: 'disjoint, first above second', input: [[7, 8, 9, 10], [1, 2]] },
    { name: 'interleaved', input: [[1, 3, 5, 7], [2, 4, 6, 8]] },
    { name: 'all negative, half-integer median', input: [[-5, -3, -1], [-2]] },
    { name: 'duplicates across the arrays', input: [[1, 2, 2, 2], [2, 2, 3]] },
    { name: 'all equal', input: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]] },
    { name: 'extreme values', input: [[-V, -V], [V]] },
    { name: 'extreme values, even total', input: [[V], [-V]] },
    { name: 'short inside long', input: [[4], [1, 2, 3, 5, 6, 7]] },
    {
      name: 'random small',
      seed: 4_01,
      count: 6,
      make: (rng) => {
        const m = rng.int(0, 8);
        return [sortedInts(rng, m, -10, 10), sortedInts(rng, rng.int(m === 0 ? 1 : 0, 8), -10, 10)];
      },
    },
    {
      name: 'random medium',
      seed: 4_02,
      count: 3,
      make: (rng) => [sortedInts(rng, rng.int(1, 200)), sortedInts(rng, rng.int(0, 200))],
    },
    { name: 'max sizes 1000 + 1000', seed: 4_03, count: 2, make: (rng) => [sortedInts(rng, N), sortedInts(rng, N)] },
    { name: 'max sizes 1000 + 999 (odd total)', seed: 4_04, make: (rng) => [sortedInts(rng, N), sortedInts(rng, N - 1)] },
    { name: 'max, second empty', seed: 4_05, make: (rng) => [sortedInts(rng, N), []] },
    { name: 'max, first empty, odd', seed: 4_06, make: (rng) => [[], sortedInts(rng, N - 1)] },
    {
      name: 'max, disjoint ranges',
      seed: 4_07,
      make: (rng) => [sortedInts(rng, N, -V, -1), sortedInts(rng, N, 0, V)],
    },
    { name: 'max, one against a thousand', seed: 4_08, make: (rng) => [sortedInts(rng, 1), sortedInts(rng, N)] },
    {
      name: 'max, many duplicates',
      seed: 4_09,
      make: (rng) => [sortedInts(rng, N, -2, 2), sortedInts(rng, N, -2, 2)],
    },
  ],
  complexity: { time: 'O(log(min(m, n)))', space: 'O(1)' },
});
