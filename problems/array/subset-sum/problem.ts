import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 200;
const V = 10_000;
const M = 10_000;

const sumOf = (nums: number[]): number => nums.reduce((a, b) => a + b, 0);

/** n values, each `step` times a random integer, in [step, hi]. */
const multiples = (rng: Rng, n: number, step: number, hi: number): number[] => rng.ints(n, 1, Math.floor(hi / step)).map((v) => v * step);

/** A target reached by a random subset of nums (each element kept with probability 1/2), at most M. */
function subsetTarget(rng: Rng, nums: number[]): number {
  let s = 0;
  for (const x of nums) if (rng.next() < 0.5 && s + x <= M) s += x;
  return s;
}

export default defineProblem({
  slug: 'subset-sum',
  section: 'array',
  title: { zh: '和为目标值的子集', en: 'Subset Sum' },
  difficulty: 'medium',
  tags: ['array', 'dynamic-programming', 'bit-manipulation'],
  entry: {
    kind: 'function',
    name: 'hasSubsetSum',
    params: [
      { name: 'nums', type: 'number[]' },
      { name: 'm', type: 'number' },
    ],
    returns: { type: 'boolean' },
  },
  checker: { style: 'exact' },
  // Generous for memoised recursions keyed by strings (10^6 states); exhaustive search never finishes anyway.
  limits: { timeMs: 3000, memoryMb: 128 },
  input: z.tuple([z.array(z.number().int().min(0).max(V)).min(1).max(N), z.number().int().min(0).max(M)]),
  samples: [{ input: [[3, 34, 4, 12, 5, 2], 9] }, { input: [[3, 34, 4, 12, 5, 2], 30] }, { input: [[7, 11], 0] }],
  tests: [
    { name: 'm = 0: the empty subset', input: [[5], 0] },
    { name: 'm = 0 with a zero', input: [[0, 3], 0] },
    { name: 'only zeros, m = 1', input: [[0, 0, 0], 1] },
    { name: 'n = 1, equal', input: [[5], 5] },
    { name: 'n = 1, not equal', input: [[5], 4] },
    { name: 'an element may be used once only', input: [[3], 6] },
    { name: 'an element may be used once only, two values', input: [[2, 7], 4] },
    { name: 'greedy trap: 5 first blocks 3 + 3', input: [[5, 4, 3, 3], 6] },
    { name: 'greedy trap, ascending', input: [[1, 5, 6, 9], 11] },
    { name: 'm = total', input: [[4, 8, 15, 16, 23, 42], 108] },
    { name: 'm = total + 1', input: [[4, 8, 15, 16, 23, 42], 109] },
    { name: 'm larger than the total', input: [[1, 2, 3], 100] },
    { name: 'all even, odd m', input: [[2, 4, 6, 8, 10, 12], 15] },
    { name: 'all odd, even count needed', input: [[1, 3, 5, 7], 12] },
    { name: 'all odd: 11 needs an odd count, none fits', input: [[3, 5, 7], 11] },
    { name: 'values above m are useless', input: [[V, V, 9_999, 3], 9_998] },
    { name: 'max m, two halves', input: [[V / 2, V / 2, V / 2], M] },
    {
      name: 'random small',
      seed: 8_01,
      count: 6,
      make: (rng) => {
        const nums = rng.ints(rng.int(1, 12), 0, 30);
        return [nums, rng.int(0, Math.min(M, sumOf(nums) + 5))];
      },
    },
    // The maximum size, false instances first: exhaustive search explores almost all of 2^200 subsets.
    { name: 'max n, all even, odd m', seed: 8_02, make: (rng) => [multiples(rng, N, 2, 200), 2 * rng.int(3000, 4999) + 1] },
    { name: 'max n, multiples of 3, m ≡ 1 (mod 3)', seed: 8_03, make: (rng) => [multiples(rng, N, 3, 300), 3 * rng.int(1500, 3000) + 1] },
    { name: 'max n, all equal to 99, m not a multiple of 99', input: [new Array<number>(N).fill(99), 99 * 75 + 1] },
    {
      name: 'max n, random values, reachable m',
      seed: 8_04,
      count: 2,
      make: (rng) => {
        const nums = rng.ints(N, 0, V);
        return [nums, subsetTarget(rng, nums)];
      },
    },
    { name: 'max n, random values, m = M', seed: 8_05, make: (rng) => [rng.ints(N, 0, V), M] },
    { name: 'max n, values close together, m just below every pair', seed: 8_06, make: (rng) => [rng.ints(N, 4_950, 5_000), 9_899] },
    { name: 'max n, small values, m = M', seed: 8_07, make: (rng) => [rng.ints(N, 0, 100), M] },
    {
      name: 'max n, powers of two and useless large values',
      input: [[...Array.from({ length: 13 }, (_, i) => 2 ** i), ...new Array<number>(N - 13).fill(V)], 8_191],
    },
  ],
  complexity: { time: 'O(n·m)', space: 'O(m)' },
});
