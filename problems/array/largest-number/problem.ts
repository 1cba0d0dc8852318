import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 100;
const V = 1_000_000_000;

/** Values that share prefixes with each other: where lexicographic and concatenation order differ. */
const FAMILIES = [
  [3, 30, 34, 303, 343, 330, 3034],
  [12, 121, 1212, 122, 1211, 12121],
  [8, 89, 898, 8989, 88, 824, 8247],
  [9, 98, 989, 99, 9899, 90, 909],
  [1, 10, 100, 1000, 101, 110, 11],
];

/** One value of a random digit length: 1 to 10 digits. */
function anyLength(rng: Rng): number {
  const digits = rng.int(1, 10);
  return digits === 10 ? V : rng.int(digits === 1 ? 0 : 10 ** (digits - 1), 10 ** digits - 1);
}

export default defineProblem({
  slug: 'largest-number',
  section: 'array',
  title: { zh: '最大数', en: 'Largest Number' },
  difficulty: 'medium',
  tags: ['array', 'string', 'greedy', 'sorting'],
  leetcode: 179,
  entry: {
    kind: 'function',
    name: 'largestNumber',
    params: [{ name: 'nums', type: 'number[]' }],
    returns: { type: 'string' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([z.array(z.number().int().min(0).max(V)).min(1).max(N)]),
  samples: [{ input: [[10, 2]] }, { input: [[3, 30, 34, 5, 9]] }],
  tests: [
    { name: 'a single zero', input: [[0]] },
    { name: 'all zeros', input: [[0, 0]] },
    { name: 'many zeros', input: [new Array<number>(N).fill(0)] },
    { name: 'a zero and a one', input: [[0, 1]] },
    { name: 'zeros go last', input: [[0, 0, 5, 0]] },
    { name: '3 vs 30 vs 34', input: [[3, 30, 34]] },
    { name: '3 vs 34 (the shorter one second)', input: [[3, 34]] },
    { name: '121 vs 12', input: [[121, 12]] },
    { name: '12 vs 121', input: [[12, 121]] },
    { name: '824 vs 8247', input: [[8247, 824]] },
    { name: '10, 100, 1000', input: [[1000, 10, 100, 1]] },
    { name: 'equal values', input: [[7, 7, 7]] },
    { name: 'the maximum value', input: [[V]] },
    { name: '10^9 and 9s', input: [[V, 9, 999_999_999, 99, 0]] },
    { name: 'numeric order is not the answer', input: [[5, 50, 56, 500, 9, 91]] },
    { name: 'prefix families, shuffled', seed: 17901, count: 5, make: (rng, i) => [rng.shuffle(FAMILIES[i]!)] },
    {
      name: 'prefix families mixed, with repeats',
      seed: 17902,
      count: 3,
      make: (rng) => [Array.from({ length: rng.int(10, N) }, () => rng.pick(rng.pick(FAMILIES)))],
    },
    { name: 'random small values', seed: 17903, count: 3, make: (rng) => [rng.ints(rng.int(1, 20), 0, 100)] },
    { name: 'max n, random digit lengths', seed: 17904, count: 3, make: (rng) => [Array.from({ length: N }, () => anyLength(rng))] },
    { name: 'max n, values up to 10^9', seed: 17905, make: (rng) => [rng.ints(N, 0, V)] },
    { name: 'max n, digits 0 and 1 only', seed: 17906, make: (rng) => [Array.from({ length: N }, () => Number(rng.string(rng.int(1, 9), '01')))] },
  ],
  complexity: { time: 'O(n log n · L), L ≤ 10 digits', space: 'O(n · L)' },
});
