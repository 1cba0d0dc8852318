import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 100_000;
const V = 10_000;
const K = 1_000_000_000;

/**
 * Pieces that each sum to k, concatenated until exactly n elements: every piece but the last element
 * is random in [-spread, spread] (negatives and zeros included), the last element closes the piece.
 */
function pieces(rng: Rng, n: number, k: number, spread: number, maxLen: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const len = Math.min(rng.int(1, maxLen), n - out.length);
    const piece = rng.ints(len - 1, -spread, spread);
    const last = k - piece.reduce((a, b) => a + b, 0);
    if (Math.abs(last) > V) continue; // redraw a piece whose closing value would leave the range
    out.push(...piece, last);
  }
  return out;
}

/** Moves d from one element to a later one: the total stays a multiple of k, the cuts usually break. */
function shift(rng: Rng, nums: number[]): number[] {
  const out = nums.slice();
  const i = rng.int(0, Math.floor(out.length / 2));
  const j = rng.int(Math.floor(out.length / 2) + 1, out.length - 1);
  const d = rng.pick([-2, -1, 1, 2]);
  out[i] = out[i]! + d;
  out[j] = out[j]! - d;
  return out;
}

const input = z.tuple([
  z.array(z.number().int().min(-V).max(V)).min(1).max(N),
  z.number().int().min(-K).max(K),
]);

export default defineProblem({
  slug: 'split-into-k-sum-subarrays',
  section: 'array',
  title: { zh: '数组能否分成和为 k 的连续子数组', en: 'Split Into Subarrays of Sum k' },
  difficulty: 'medium',
  tags: ['array', 'prefix-sum', 'greedy'],
  entry: {
    kind: 'function',
    name: 'canSplit',
    params: [
      { name: 'nums', type: 'number[]' },
      { name: 'k', type: 'number' },
    ],
    returns: { type: 'boolean' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [
    { input: [[2, 1, -1, 4, 0, 3], 3] },
    { input: [[1, 3, 2], 3] },
    { input: [[3, 3, -3], 3] },
    { input: [[1, -1, 0], 0] },
  ],
  tests: [
    { name: 'n = 1, equal to k', input: [[7], 7] },
    { name: 'n = 1, equal to -k', input: [[7], -7] },
    { name: 'a zero-sum tail after the last hit', input: [[3, 1, -1], 3] },
    { name: 'one piece: the prefix hits k twice', input: [[3, 3, -3], 3] },
    { name: 'total a multiple of k, but the prefix skips k', input: [[1, 3, 2], 3] },
    { name: 'a prefix overshoots k, a negative comes back', input: [[5, -2], 3] },
    { name: 'zeros at both ends of the pieces', input: [[0, 0, 3, 0, 0, 3, 0], 3] },
    { name: 'total 0 with k ≠ 0 (zero pieces are not allowed)', input: [[3, -3], 3] },
    { name: 'all zeros, k = 1', input: [[0, 0, 0], 1] },
    { name: 'k = 0, a single zero', input: [[0], 0] },
    { name: 'k = 0, zero-sum pairs', input: [[1, -1, 2, -2], 0] },
    { name: 'k = 0, nonzero total', input: [[1, -1, 1], 0] },
    { name: 'negative k', input: [[-2, -2, 1, -3], -2] },
    { name: 'negative k, positive total', input: [[2, 2], -2] },
    { name: 'k larger than any total', input: [[V, V, V], K] },
    { name: 'k = -10^9, total 0', input: [[5, -5], -K] },
    { name: 'max n, pieces of sum 7 with negatives and zeros', seed: 9101, make: (rng) => [pieces(rng, N, 7, 100, 20), 7] },
    {
      name: 'max n, pieces of sum 7, one value moved later',
      seed: 9102,
      make: (rng) => [shift(rng, pieces(rng, N, 7, 100, 20)), 7],
    },
    {
      name: 'max n, pieces of sum -50, then a zero-sum tail',
      seed: 9103,
      make: (rng) => {
        const head = pieces(rng, N - 1000, -50, 500, 50);
        return [[...head, ...pieces(rng, 1000, 0, 500, 50)], -50];
      },
    },
    {
      name: 'max n, pieces of sum 7, ending in [7, -7] (one cut too many)',
      seed: 9108,
      make: (rng) => [[...pieces(rng, N - 2, 7, 100, 20), 7, -7], 7],
    },
    { name: 'max n, k = 0, zero-sum pieces', seed: 9104, make: (rng) => [pieces(rng, N, 0, 300, 30), 0] },
    { name: 'max n, k = 0, random values', seed: 9105, make: (rng) => [rng.ints(N, -V, V), 0] },
    { name: 'max n, all zeros, k = 0', input: [new Array<number>(N).fill(0), 0] },
    { name: 'max n, all ones, k = 1', input: [new Array<number>(N).fill(1), 1] },
    {
      name: 'random small, values in [-3, 3]',
      seed: 9106,
      count: 10,
      make: (rng) => [rng.ints(rng.int(1, 12), -3, 3), rng.int(-4, 4)],
    },
    {
      name: 'random pieces, sometimes a value moved',
      seed: 9107,
      count: 6,
      make: (rng, i) => {
        const k = rng.int(-20, 20);
        const nums = pieces(rng, rng.int(2, 200), k, 10, 8);
        return [i % 2 === 1 ? shift(rng, nums) : nums, k];
      },
    },
  ],
  complexity: { time: 'O(n)', space: 'O(1)' },
});
