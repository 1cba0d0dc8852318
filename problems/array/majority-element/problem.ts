import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 100_000;
const V = 1_000_000_000;

/**
 * n values in which `major` occurs exactly `count` times; the other n - count positions hold values from
 * `others` (never `major`); shuffled.
 */
function withCount(rng: Rng, n: number, major: number, count: number, others: () => number): number[] {
  const out: number[] = new Array<number>(count).fill(major);
  while (out.length < n) {
    const v = others();
    if (v !== major) out.push(v);
  }
  return rng.shuffle(out);
}

/** n distinct values in [0, V], shuffled. */
function distinct(rng: Rng, n: number): number[] {
  const set = new Set<number>();
  while (set.size < n) set.add(rng.int(0, V));
  return rng.shuffle([...set]);
}

export default defineProblem({
  slug: 'majority-element',
  section: 'array',
  title: { zh: '数组中出现次数超过一半的数字', en: 'Majority Element (or None)' },
  difficulty: 'easy',
  tags: ['array', 'hash-table', 'counting'],
  leetcode: 169,
  entry: {
    kind: 'function',
    name: 'majorityElement',
    params: [{ name: 'nums', type: 'number[]' }],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([z.array(z.number().int().min(0).max(V)).min(1).max(N)]),
  samples: [{ input: [[2, 2, 1, 1, 1, 2, 2]] }, { input: [[1, 2, 1, 2]] }, { input: [[3, 2, 3]] }],
  tests: [
    { name: 'n = 1', input: [[7]] },
    { name: 'n = 1, zero', input: [[0]] },
    { name: 'n = 2, equal', input: [[4, 4]] },
    { name: 'n = 2, different: exactly n/2 each', input: [[4, 5]] },
    { name: 'zero is the majority', input: [[0, 1, 0, 2, 0]] },
    { name: 'exactly n/2, the survivor of the vote is not a majority', input: [[1, 2, 1, 2, 1, 2]] },
    { name: 'exactly n/2, grouped', input: [[5, 5, 5, 1, 2, 3]] },
    { name: 'exactly n/2 at the end', input: [[1, 2, 3, 9, 9, 9]] },
    { name: 'majority ⌊n/2⌋ + 1, n even', input: [[8, 1, 8, 2, 8, 3, 8, 8]] },
    { name: 'majority ⌊n/2⌋ + 1, n odd, at the end', input: [[1, 2, 3, 4, 6, 6, 6, 6, 6]] },
    { name: 'all distinct', input: [[3, 1, 4, 5, 9, 2, 6]] },
    { name: 'odd n, no value over half', input: [[1, 1, 2, 2, 3]] },
    { name: 'all equal', input: [[V, V, V, V, V]] },
    {
      name: 'random small, majority exactly ⌊n/2⌋ + 1',
      seed: 169_01,
      count: 4,
      make: (rng) => {
        const n = rng.int(1, 15);
        return [withCount(rng, n, rng.int(0, 5), Math.floor(n / 2) + 1, () => rng.int(0, 5))];
      },
    },
    {
      name: 'random small, exactly n/2',
      seed: 169_02,
      count: 4,
      make: (rng) => {
        const n = 2 * rng.int(1, 8);
        return [withCount(rng, n, rng.int(0, 5), n / 2, () => rng.int(0, 5))];
      },
    },
    { name: 'random small, any', seed: 169_03, count: 4, make: (rng) => [rng.ints(rng.int(1, 12), 0, 2)] },
    // The maximum sizes; the first has no majority, so a quadratic count must check every value.
    {
      name: 'max n, exactly n/2, the rest distinct',
      seed: 169_04,
      make: (rng) => [withCount(rng, N, rng.int(0, V), N / 2, () => rng.int(0, V))],
    },
    {
      name: 'max n, exactly n/2, alternating',
      input: [Array.from({ length: N }, (_, i) => (i % 2 === 0 ? 123_456_789 : i))],
    },
    { name: 'max n, all distinct', seed: 169_05, make: (rng) => [distinct(rng, N)] },
    {
      name: 'max n, majority ⌊n/2⌋ + 1',
      seed: 169_06,
      make: (rng) => [withCount(rng, N, rng.int(0, V), N / 2 + 1, () => rng.int(0, V))],
    },
    {
      name: 'max n, majority of 90%, two other values',
      seed: 169_07,
      make: (rng) => [withCount(rng, N, 0, (N * 9) / 10, () => rng.int(1, 2))],
    },
    { name: 'max n, all equal', input: [new Array<number>(N).fill(42)] },
  ],
  complexity: { time: 'O(n)', space: 'O(1)' },
});
