import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 100_000;
const V = 10_000;
const T = 1_000_000_000;

/** A window [l, r] of `nums` (l ≤ r, both random) and its sum: a target that certainly has an answer. */
function targetOfWindow(rng: Rng, nums: number[], maxLen: number): number {
  const l = rng.int(0, nums.length - 1);
  const r = Math.min(nums.length - 1, l + rng.int(0, maxLen - 1));
  let s = 0;
  for (let i = l; i <= r; i++) s += nums[i]!;
  return s;
}

const sumOf = (nums: number[]): number => nums.reduce((a, b) => a + b, 0);

export default defineProblem({
  slug: 'subarray-sum-target',
  section: 'array',
  title: { zh: '和为目标值的连续子数组', en: 'Contiguous Subarray with a Target Sum' },
  difficulty: 'medium',
  tags: ['array', 'sliding-window', 'two-pointers', 'prefix-sum'],
  entry: {
    kind: 'function',
    name: 'findSubarray',
    params: [
      { name: 'nums', type: 'number[]' },
      { name: 'target', type: 'number' },
    ],
    returns: { type: 'number[]' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([z.array(z.number().int().min(1).max(V)).min(1).max(N), z.number().int().min(1).max(T)]),
  samples: [{ input: [[1, 2, 3, 4, 5], 9] }, { input: [[2, 4, 6], 5] }, { input: [[5, 1, 4, 3, 2], 5] }],
  tests: [
    { name: 'n = 1, equal to the target', input: [[7], 7] },
    { name: 'n = 1, not the target', input: [[7], 3] },
    { name: 'target larger than the total', input: [[3, 1, 4, 1, 5], 15] },
    { name: 'target equal to the total', input: [[3, 1, 4, 1, 5], 14] },
    { name: 'target below every element', input: [[5, 6, 7, 8], 4] },
    { name: 'only a suffix works', input: [[1, 2, 3, 4, 5], 12] },
    { name: 'only the last element works', input: [[2, 3, 4, 9], 9] },
    { name: 'only the first element works', input: [[9, 4, 3, 2], 9] },
    { name: 'several windows: the leftmost', input: [[1, 2, 3, 4, 5], 5] },
    { name: 'a single element after a longer window would not fit', input: [[1, 1, 1, 10], 10] },
    { name: 'the window must drop several elements at once', input: [[1, 1, 1, 1, 20, 3, 5], 23] },
    { name: 'gaps between reachable sums', input: [[4, 4, 4, 4], 6] },
    { name: 'all ones', input: [[1, 1, 1, 1, 1, 1, 1, 1], 5] },
    { name: 'max values', input: [[V, V, V, V], 3 * V] },
    {
      name: 'random small, target from a window',
      seed: 7_01,
      count: 5,
      make: (rng) => {
        const nums = rng.ints(rng.int(1, 20), 1, 10);
        return [nums, targetOfWindow(rng, nums, 6)];
      },
    },
    {
      name: 'random small, any target',
      seed: 7_02,
      count: 5,
      make: (rng) => {
        const nums = rng.ints(rng.int(1, 20), 1, 10);
        return [nums, rng.int(1, sumOf(nums) + 3)];
      },
    },
    {
      name: 'random medium',
      seed: 7_03,
      count: 3,
      make: (rng) => {
        const nums = rng.ints(rng.int(100, 2000), 1, 100);
        return [nums, rng.next() < 0.5 ? targetOfWindow(rng, nums, 300) : rng.int(1, sumOf(nums))];
      },
    },
    // The maximum sizes. The first one has no answer: an O(n²) scan must look at every window.
    { name: 'max n, target larger than the total', seed: 7_04, make: (rng) => { const nums = rng.ints(N, 1, V); return [nums, Math.min(T, sumOf(nums) + 1)]; } },
    { name: 'max n, all ones, target = n', input: [new Array<number>(N).fill(1), N] },
    { name: 'max n, all ones, target = n + 1', input: [new Array<number>(N).fill(1), N + 1] },
    {
      name: 'max n, target = the sum of a long window near the end (an earlier window may match)',
      seed: 7_05,
      make: (rng) => {
        const nums = rng.ints(N, 1, V);
        let s = 0;
        for (let i = N - 40_000; i < N - 3; i++) s += nums[i]!;
        return [nums, s];
      },
    },
    {
      name: 'max n, even values, odd target (no answer)',
      seed: 7_06,
      make: (rng) => [rng.ints(N, 1, V / 2).map((v) => 2 * v), 2 * rng.int(1, 1000) * V + 1],
    },
    {
      name: 'max n, random target from a window',
      seed: 7_07,
      count: 2,
      make: (rng) => {
        const nums = rng.ints(N, 1, V);
        return [nums, targetOfWindow(rng, nums, 5000)];
      },
    },
  ],
  complexity: { time: 'O(n)', space: 'O(1)' },
});
