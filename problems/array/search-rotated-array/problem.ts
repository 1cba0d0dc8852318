import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 10_000;
const V = 10_000;

const value = z.number().int().min(-V).max(V);

/** The rotation of an array that was ascending before rotation, or -1 if it is not one. */
function rotationOf(nums: number[]): number {
  let drops = 0;
  let k = 0;
  for (let i = 1; i < nums.length; i++) {
    if (nums[i - 1]! === nums[i]!) return -1;
    if (nums[i - 1]! > nums[i]!) {
      drops++;
      k = i;
    }
  }
  if (drops === 0) return 0;
  if (drops > 1 || nums[nums.length - 1]! >= nums[0]!) return -1;
  return k;
}

const input = z.tuple([z.array(value).min(1).max(N), value]).superRefine(([nums], ctx) => {
  if (rotationOf(nums) === -1) {
    ctx.addIssue({
      code: 'custom',
      message: 'nums must be a strictly increasing array of distinct values rotated at some index',
      path: [0],
    });
  }
});

/** n distinct values in [-V, V], ascending. */
function sortedDistinct(rng: Rng, n: number): number[] {
  const set = new Set<number>();
  while (set.size < n) set.add(rng.int(-V, V));
  return [...set].sort((a, b) => a - b);
}

/** The ascending array rotated so that its element at index k comes first. */
const rotate = (sorted: number[], k: number): number[] => [...sorted.slice(k), ...sorted.slice(0, k)];

/** A value in [-V, V] missing from nums (also below or above all when possible). */
function absent(rng: Rng, nums: number[]): number {
  const set = new Set(nums);
  for (;;) {
    const t = rng.int(-V, V);
    if (!set.has(t)) return t;
  }
}

type Where = 'any' | 'absent' | 'first' | 'last' | 'max' | 'min';

/** A test: n distinct values rotated at k (from `at`), target from `where`. */
const make = (n: number, where: Where, at?: (n: number) => number) => (rng: Rng) => {
  const sorted = sortedDistinct(rng, n);
  const k = at ? at(n) : rng.int(0, n - 1);
  const nums = rotate(sorted, k);
  const target =
    where === 'absent' ? absent(rng, nums)
    : where === 'first' ? nums[0]!
    : where === 'last' ? nums[n - 1]!
    : where === 'max' ? sorted[n - 1]!
    : where === 'min' ? sorted[0]!
    : rng.pick(nums);
  return [nums, target];
};

export default defineProblem({
  slug: 'search-rotated-array',
  section: 'array',
  title: { zh: '搜索旋转排序数组', en: 'Search in Rotated Sorted Array' },
  difficulty: 'medium',
  tags: ['array', 'binary-search'],
  leetcode: 33,
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
  samples: [{ input: [[4, 5, 6, 7, 0, 1, 2], 0] }, { input: [[4, 5, 6, 7, 0, 1, 2], 3] }, { input: [[1], 0] }],
  tests: [
    { name: 'n = 1, found', input: [[5], 5] },
    { name: 'n = 1, absent', input: [[5], -5] },
    { name: 'n = 2, rotated, the second', input: [[3, 1], 1] },
    { name: 'n = 2, rotated, the first', input: [[3, 1], 3] },
    { name: 'n = 2, not rotated, the second', input: [[1, 3], 3] },
    { name: 'n = 2, absent between', input: [[3, 1], 2] },
    { name: 'rotation 0, the last element', input: [[1, 2, 3, 4, 5, 6, 7], 7] },
    { name: 'rotation 0, the first element', input: [[1, 2, 3, 4, 5, 6, 7], 1] },
    { name: 'rotation n - 1, the first element is the maximum', input: [[7, 1, 2, 3, 4, 5, 6], 7] },
    { name: 'rotation n - 1, the last element', input: [[7, 1, 2, 3, 4, 5, 6], 6] },
    { name: 'rotation 1, the minimum at the end', input: [[2, 3, 4, 5, 6, 7, 1], 1] },
    { name: 'target at the rotation point', input: [[30, 40, 50, 10, 20], 10] },
    { name: 'target just before the rotation point', input: [[30, 40, 50, 10, 20], 50] },
    { name: 'absent, below every value', input: [[30, 40, 50, 10, 20], 5] },
    { name: 'absent, above every value', input: [[30, 40, 50, 10, 20], 60] },
    { name: 'absent, inside a gap of the left part', input: [[30, 40, 50, 10, 20], 45] },
    { name: 'negative values', input: [[-3, -1, 4, -V, -7, -5], -5] },
    { name: 'random small', seed: 33_01, count: 6, make: (rng) => make(rng.int(1, 12), rng.pick<Where>(['any', 'any', 'absent', 'first', 'last']))(rng) },
    { name: 'random medium', seed: 33_02, count: 3, make: (rng) => make(rng.int(100, 1000), 'any')(rng) },
    // The maximum size: an O(n) scan reads far more than the budget of 160 elements.
    { name: 'max n, absent', seed: 33_03, make: make(N, 'absent') },
    { name: 'max n, rotation 0, the last element', seed: 33_04, make: make(N, 'last', () => 0) },
    { name: 'max n, rotation n - 1, the last element', seed: 33_05, make: make(N, 'last', (n) => n - 1) },
    { name: 'max n, rotation n - 1, the maximum first', seed: 33_06, make: make(N, 'max', (n) => n - 1) },
    { name: 'max n, rotation 1, the minimum last', seed: 33_07, make: make(N, 'min', () => 1) },
    { name: 'max n, rotation n / 2, the maximum', seed: 33_08, make: make(N, 'max', (n) => n / 2) },
    { name: 'max n, random target', seed: 33_09, count: 3, make: make(N, 'any') },
    { name: 'max n, absent, rotation 0', seed: 33_10, make: make(N, 'absent', () => 0) },
  ],
  complexity: { time: 'O(log n)', space: 'O(1)' },
});
