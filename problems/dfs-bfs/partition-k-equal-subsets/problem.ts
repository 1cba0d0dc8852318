import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 16;
const V = 10_000;

const input = z
  .tuple([z.array(z.number().int().min(1).max(V)).min(1).max(N), z.number().int().min(1).max(N)])
  .superRefine(([nums, k], ctx) => {
    if (k > nums.length) ctx.addIssue({ code: 'custom', message: `k must be at most nums.length = ${nums.length}`, path: [1] });
    const freq = new Map<number, number>();
    for (const x of nums) freq.set(x, (freq.get(x) ?? 0) + 1);
    for (const [x, c] of freq) if (c > 4) ctx.addIssue({ code: 'custom', message: `${x} appears ${c} times; each value may appear at most 4 times`, path: [0] });
  });

const freqOk = (nums: number[]): boolean => {
  const freq = new Map<number, number>();
  for (const x of nums) {
    const c = (freq.get(x) ?? 0) + 1;
    if (c > 4) return false;
    freq.set(x, c);
  }
  return true;
};

/** n positive integers summing to total (n <= total): n - 1 distinct cut points in (0, total). */
function split(rng: Rng, total: number, n: number): number[] {
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(rng.int(1, total - 1));
  const points = [0, ...[...cuts].sort((a, b) => a - b), total];
  return points.slice(1).map((p, i) => p - points[i]!);
}

/** A yes-instance: k groups of sum `target` spread over n values, shuffled (retried until valid). */
function yes(rng: Rng, n: number, k: number, maxTarget: number): [number[], number] {
  for (;;) {
    // Every group gets at least one value.
    const sizes = new Array<number>(k).fill(1);
    for (let i = k; i < n; i++) sizes[rng.int(0, k - 1)]!++;
    const target = rng.int(Math.max(...sizes), maxTarget);
    const nums = rng.shuffle(sizes.flatMap((s) => split(rng, target, s)));
    if (nums.every((x) => x <= V) && freqOk(nums)) return [nums, k];
  }
}

/** Random values whose sum is a multiple of k and whose maximum is at most the target. */
function plausible(rng: Rng, n: number, k: number, maxValue: number): [number[], number] {
  for (;;) {
    const nums = rng.ints(n, 1, maxValue);
    const r = nums.reduce((a, b) => a + b, 0) % k;
    if (r !== 0) nums[0]! += k - r;
    const target = nums.reduce((a, b) => a + b, 0) / k;
    if (nums[0]! <= V && Math.max(...nums) <= target && freqOk(nums)) return [nums, k];
  }
}

export default defineProblem({
  slug: 'partition-k-equal-subsets',
  section: 'dfs-bfs',
  title: { zh: '划分为 k 个相等的子集', en: 'Partition to K Equal Sum Subsets' },
  difficulty: 'medium',
  tags: ['array', 'backtracking', 'dynamic-programming', 'bit-manipulation'],
  leetcode: 698,
  entry: {
    kind: 'function',
    name: 'canPartitionKSubsets',
    params: [
      { name: 'nums', type: 'number[]' },
      { name: 'k', type: 'number' },
    ],
    returns: { type: 'boolean' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [{ input: [[4, 3, 2, 3, 5, 2, 1], 4] }, { input: [[1, 2, 3, 4], 3] }],
  tests: [
    { name: 'k = 1', input: [[5, 1, 9], 1] },
    { name: 'one element', input: [[10_000], 1] },
    { name: 'sum not divisible by k', input: [[1, 2, 3, 5], 2] },
    { name: 'largest value above the target', input: [[1, 1, 1, 9], 3] },
    { name: 'largest-first greedy fails', input: [[5, 3, 7, 4, 9], 2] },
    { name: 'a full bucket must restart from the first value', input: [[1, 3, 2, 2], 2] },
    { name: 'k = n, all equal', input: [[7, 7, 7, 7], 4] },
    { name: 'k = n, not all equal', input: [[2, 2, 2, 3, 3, 3], 6] },
    // Divisible sum, every value fits, and still no: without symmetry pruning the search tries ~k^n
    // assignments. The plain bucket backtracking times out here.
    { name: 'hard no, n = 16, k = 7', input: [[13, 31, 6, 49, 29, 42, 29, 1, 37, 47, 31, 22, 34, 47, 37, 49], 7] },
    { name: 'hard no, n = 16, k = 5', input: [[340, 661, 755, 278, 14, 345, 836, 747, 458, 91, 13, 159, 277, 877, 673, 961], 5] },
    { name: 'hard no, n = 16, k = 7, small values', input: [[4, 6, 20, 4, 16, 3, 8, 18, 8, 4, 8, 18, 15, 15, 16, 19], 7] },
    { name: 'hard no, n = 16, k = 8', input: [[8933, 6063, 9595, 1023, 4796, 2462, 6428, 6675, 8757, 6671, 7281, 4968, 9868, 3735, 8605, 8540], 8] },
    { name: 'hard no, n = 16, k = 6', input: [[3, 3, 10, 2, 6, 5, 10, 6, 8, 3, 2, 1, 6, 10, 7, 2], 6] },
    { name: 'no, n = 16, k = 4', input: [[584, 403, 784, 309, 327, 552, 950, 450, 394, 350, 414, 486, 599, 390, 503, 365], 4] },
    { name: 'yes, n = 16, k = 8, pairs', input: [[1, 15, 2, 14, 3, 13, 4, 12, 5, 11, 6, 10, 7, 9, 8, 8], 8] },
    { name: 'yes, n = 16, k = 8, largest values', input: [[V, 1, V - 1, 2, V, 1, V - 1, 2, V, 1, V - 1, 2, V, 1, V - 1, 2], 8] },
    { name: 'random yes, small', seed: 41, count: 3, make: (rng) => yes(rng, rng.int(2, 10), rng.int(2, 4), 30) },
    { name: 'random yes, n = 16', seed: 42, count: 4, make: (rng) => yes(rng, N, rng.int(2, 8), 5000) },
    { name: 'random, sum divisible, n = 16', seed: 43, count: 4, make: (rng) => plausible(rng, N, rng.int(3, 8), rng.pick([30, 100, V])) },
    { name: 'random any, small', seed: 44, count: 3, make: (rng) => { const n = rng.int(1, 12); return [rng.ints(n, 1, 10).map((x, i) => x + 10 * (i % 4)), rng.int(1, n)]; } },
  ],
  complexity: { time: 'O(n·2ⁿ)', space: 'O(2ⁿ)' },
});
