import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 10_000;
const V = 10_000;

const value = z.number().int().min(-V).max(V);

const input = z.tuple([
  z.array(value).min(1).max(N).refine((a) => a.every((v, i) => i === 0 || a[i - 1]! < v), 'nums must be strictly increasing (sorted, distinct)'),
  value,
]);

/** n distinct values in [lo, hi], ascending. */
function sortedDistinct(rng: Rng, n: number, lo = -V, hi = V): number[] {
  const set = new Set<number>();
  while (set.size < n) set.add(rng.int(lo, hi));
  return [...set].sort((a, b) => a - b);
}

type Where = 'any' | 'first' | 'last' | 'absent-inside' | 'below' | 'above';

/** A test: n distinct ascending values, target from `where`. */
const make = (n: number, where: Where) => (rng: Rng) => {
  // Leave room below and above the values for absent targets outside the range.
  const nums = sortedDistinct(rng, n, -V + 1, V - 1);
  let target: number;
  if (where === 'first') target = nums[0]!;
  else if (where === 'last') target = nums[n - 1]!;
  else if (where === 'below') target = rng.int(-V, nums[0]! - 1);
  else if (where === 'above') target = rng.int(nums[n - 1]! + 1, V);
  else if (where === 'absent-inside') {
    const set = new Set(nums);
    do target = rng.int(nums[0]!, nums[n - 1]!); while (set.has(target) && set.size < nums[n - 1]! - nums[0]! + 1);
    if (set.has(target)) target = nums[n - 1]! + 1; // no gap at all: fall back to just above
  } else target = rng.pick(nums);
  return [nums, target];
};

export default defineProblem({
  slug: 'binary-search',
  section: 'array',
  title: { zh: '二分查找', en: 'Binary Search' },
  difficulty: 'easy',
  tags: ['array', 'binary-search'],
  leetcode: 704,
  entry: {
    kind: 'function',
    name: 'search',
    params: [
      { name: 'nums', type: 'number[]' },
      { name: 'target', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [{ input: [[-1, 0, 3, 5, 9, 12], 9] }, { input: [[-1, 0, 3, 5, 9, 12], 2] }],
  tests: [
    { name: 'n = 1, found', input: [[5], 5] },
    { name: 'n = 1, target below', input: [[5], 4] },
    { name: 'n = 1, target above', input: [[5], 6] },
    { name: 'n = 2, the first', input: [[1, 3], 1] },
    { name: 'n = 2, the second', input: [[1, 3], 3] },
    { name: 'n = 2, absent between', input: [[1, 3], 2] },
    { name: 'the first element', input: [[-1, 0, 3, 5, 9, 12], -1] },
    { name: 'the last element', input: [[-1, 0, 3, 5, 9, 12], 12] },
    { name: 'below every value', input: [[-1, 0, 3, 5, 9, 12], -5] },
    { name: 'above every value', input: [[-1, 0, 3, 5, 9, 12], 13] },
    { name: 'odd length, the middle', input: [[2, 4, 6, 8, 10], 6] },
    { name: 'odd length, the last', input: [[2, 4, 6, 8, 10], 10] },
    { name: 'extremes', input: [[-V, V], V] },
    { name: 'random small', seed: 704_01, count: 6, make: (rng) => make(rng.int(1, 15), rng.pick<Where>(['any', 'first', 'last', 'absent-inside', 'below', 'above']))(rng) },
    { name: 'random medium', seed: 704_02, count: 3, make: (rng) => make(rng.int(100, 2000), 'any')(rng) },
    // The maximum size: a linear scan reads far more than the budget of 160 elements.
    { name: 'max n, the last element', seed: 704_03, make: make(N, 'last') },
    { name: 'max n, the first element', seed: 704_04, make: make(N, 'first') },
    { name: 'max n, above every value', seed: 704_05, make: make(N, 'above') },
    { name: 'max n, below every value', seed: 704_06, make: make(N, 'below') },
    { name: 'max n, absent inside', seed: 704_07, count: 2, make: make(N, 'absent-inside') },
    { name: 'max n, random target', seed: 704_08, count: 3, make: make(N, 'any') },
  ],
  complexity: { time: 'O(log n)', space: 'O(1)' },
});
