import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 5000;
const V_MAX = 100_000;

const sortedList = z
  .array(z.number().int().min(-V_MAX).max(V_MAX))
  .max(N_MAX)
  .refine((a) => a.every((v, i) => i === 0 || a[i - 1]! <= v), { message: 'the list must be sorted in non-decreasing order' });

const input = z.tuple([sortedList, sortedList]);

type Input = [number[], number[]];

const sorted = (rng: Rng, n: number, lo = -V_MAX, hi = V_MAX): number[] => rng.ints(n, lo, hi).sort((a, b) => a - b);

export default defineProblem({
  slug: 'merge-two-sorted-lists',
  section: 'linked-list',
  title: { zh: '合并两个有序链表', en: 'Merge Two Sorted Lists' },
  difficulty: 'easy',
  tags: ['linked-list', 'recursion', 'two-pointers'],
  leetcode: 21,
  entry: {
    kind: 'function',
    name: 'mergeTwoLists',
    params: [
      { name: 'list1', type: 'ListNode | null', codec: 'list' },
      { name: 'list2', type: 'ListNode | null', codec: 'list' },
    ],
    returns: { type: 'ListNode | null', codec: 'list' },
  },
  rules: { reuseNodes: true },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [{ input: [[1, 2, 4], [1, 3, 4]] }, { input: [[], []] }, { input: [[], [0]] }],
  tests: [
    { name: 'both empty', input: [[], []] },
    { name: 'first empty', input: [[], [1, 2, 3]] },
    { name: 'second empty', input: [[-5, 0, 5], []] },
    { name: 'one node each, equal', input: [[7], [7]] },
    { name: 'one node each, second smaller', input: [[2], [1]] },
    { name: 'interleaved', input: [[1, 3, 5, 7], [2, 4, 6, 8]] },
    { name: 'every value of list1 below list2', input: [[1, 2, 3], [4, 5, 6]] },
    { name: 'every value of list2 below list1', input: [[10, 20], [-3, -2, -1]] },
    { name: 'list2 inside the range of list1', input: [[0, 100], [10, 20, 30]] },
    { name: 'equal values in both lists', input: [[1, 1, 2, 2, 2], [1, 2, 2, 3]] },
    { name: 'all values equal', input: [[4, 4, 4], [4, 4, 4, 4]] },
    { name: 'extremes', input: [[-100_000, 100_000], [-100_000, 0, 100_000]] },
    {
      name: 'random small, values -5..5',
      seed: 2101,
      count: 5,
      make: (rng): Input => [sorted(rng, rng.int(0, 8), -5, 5), sorted(rng, rng.int(0, 8), -5, 5)],
    },
    { name: 'random medium', seed: 2102, count: 3, make: (rng): Input => [sorted(rng, rng.int(100, 1000)), sorted(rng, rng.int(100, 1000))] },
    { name: 'max, random', seed: 2103, make: (rng): Input => [sorted(rng, N_MAX), sorted(rng, N_MAX)] },
    { name: 'max, values 0 and 1', seed: 2104, make: (rng): Input => [sorted(rng, N_MAX, 0, 1), sorted(rng, N_MAX, 0, 1)] },
    { name: 'max list1, list2 empty', seed: 2105, make: (rng): Input => [sorted(rng, N_MAX), []] },
    { name: 'max, one long list and one short', seed: 2106, make: (rng): Input => [sorted(rng, 3), sorted(rng, N_MAX)] },
  ],
  complexity: { time: 'O(m + n)', space: 'O(1)' },
});
