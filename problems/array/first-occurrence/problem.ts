import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 1_000_000;
const V = 1_000_000_000;

const input = z
  .tuple([z.array(z.number().int().min(-V).max(V)).max(N), z.number().int().min(-V).max(V)])
  .superRefine(([nums], ctx) => {
    for (let i = 1; i < nums.length; i++) {
      if (nums[i]! < nums[i - 1]!) {
        ctx.addIssue({ code: 'custom', message: `must be sorted in non-decreasing order (index ${i})`, path: [0, i] });
        return;
      }
    }
  });

/** n sorted values from [lo, hi], with many repeats when the range is small. */
const sorted = (rng: Rng, n: number, lo: number, hi: number): number[] => rng.ints(n, lo, hi).sort((a, b) => a - b);

/** A random sorted array and a target: one of its values, or (odd i) a value strictly between or outside them. */
function randomCase(rng: Rng, n: number, lo: number, hi: number, i: number): [number[], number] {
  const nums = sorted(rng, n, lo, hi);
  if (i % 2 === 0) return [nums, rng.pick(nums)];
  const present = new Set(nums);
  for (;;) {
    const t = rng.int(lo - 1, hi + 1);
    if (!present.has(t)) return [nums, t];
  }
}

/** n values, each digit 0..9 repeated in one run of random length. */
function digitRuns(rng: Rng, n: number): number[] {
  const cuts = rng.ints(9, 0, n).sort((a, b) => a - b);
  const out = new Array<number>(n);
  let d = 0;
  for (let i = 0; i < n; i++) {
    while (d < 9 && i >= cuts[d]!) d++;
    out[i] = d;
  }
  return out;
}

export default defineProblem({
  slug: 'first-occurrence',
  section: 'array',
  title: { zh: '有序数组中某个值第一次出现的位置', en: 'First Occurrence in a Sorted Array' },
  difficulty: 'easy',
  tags: ['array', 'binary-search'],
  leetcode: 34,
  entry: {
    kind: 'function',
    name: 'firstOccurrence',
    params: [
      { name: 'nums', type: 'number[]' },
      { name: 'target', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 256 },
  input,
  samples: [{ input: [[5, 7, 7, 8, 8, 10], 8] }, { input: [[5, 7, 7, 8, 8, 10], 6] }, { input: [[2, 2, 2], 2] }],
  tests: [
    { name: 'empty array', input: [[], 0] },
    { name: 'n = 1, present', input: [[4], 4] },
    { name: 'n = 1, target smaller', input: [[4], 3] },
    { name: 'n = 1, target larger', input: [[4], 5] },
    { name: 'all equal, present', input: [[3, 3, 3, 3, 3, 3, 3], 3] },
    { name: 'all equal, target smaller', input: [[3, 3, 3, 3], 2] },
    { name: 'all equal, target larger', input: [[3, 3, 3, 3], 4] },
    { name: 'two values, the second run', input: [[1, 1, 1, 2, 2, 2, 2, 2], 2] },
    { name: 'target at index 0 only', input: [[0, 1, 2, 3, 4], 0] },
    { name: 'target at the last index only', input: [[0, 1, 2, 3, 4], 4] },
    { name: 'a run at the end', input: [[-5, -1, 0, 9, 9, 9], 9] },
    { name: 'absent, in a gap', input: [[1, 3, 5, 7], 4] },
    { name: 'absent, beyond the end', input: [[1, 3, 5, 7], 8] },
    { name: 'extreme values', input: [[-V, -V, 0, V, V], V] },
    { name: 'negative target with repeats', input: [[-V, -7, -7, -7, -3, 0], -7] },
    { name: 'random small, many repeats', seed: 3401, count: 6, make: (rng, i) => randomCase(rng, rng.int(1, 30), -5, 5, i) },
    { name: 'random medium', seed: 3402, count: 4, make: (rng, i) => randomCase(rng, rng.int(100, 5000), -1000, 1000, i) },
    { name: 'n = 5·10^4, wide values', seed: 3403, count: 2, make: (rng, i) => randomCase(rng, 50_000, -V, V, i) },
    { name: 'n = 10^5, values 0..99', seed: 3404, make: (rng) => [sorted(rng, 100_000, 0, 99), 37] },
    { name: 'max n, all equal, present', input: [new Array<number>(N).fill(1), 1] },
    { name: 'max n, digits in runs, a middle digit', seed: 3405, make: (rng) => [digitRuns(rng, N), 5] },
  ],
  complexity: { time: 'O(log n)', space: 'O(1)' },
});
