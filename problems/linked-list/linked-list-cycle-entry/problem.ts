import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 10_000;
const V_MAX = 100_000;

const input = z
  .tuple([z.array(z.number().int().min(-V_MAX).max(V_MAX)).max(N_MAX), z.number().int().min(-1)])
  .superRefine(([values, pos], ctx) => {
    if (pos >= values.length) {
      ctx.addIssue({ code: 'custom', message: `pos must be -1 or an index of the list (0 to ${values.length - 1}), got ${pos}`, path: [1] });
    }
  });

type Input = [number[], number];

const list = (rng: Rng, n: number, lo = -V_MAX, hi = V_MAX): number[] => rng.ints(n, lo, hi);

export default defineProblem({
  slug: 'linked-list-cycle-entry',
  section: 'linked-list',
  title: { zh: '环形链表 II：环的入口', en: 'Linked List Cycle II' },
  difficulty: 'medium',
  tags: ['linked-list', 'two-pointers', 'hash-table'],
  leetcode: 142,
  entry: {
    kind: 'function',
    name: 'detectCycle',
    params: [
      { name: 'head', type: 'ListNode | null', codec: { kind: 'list-cycle', pos: 'pos' } },
      { name: 'pos', type: 'number', codec: 'hidden' },
    ],
    returns: { type: 'ListNode | null', codec: 'node' },
  },
  rules: { inputUnchanged: true },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [{ input: [[3, 2, 0, -4], 1] }, { input: [[1, 2], 0] }, { input: [[1], -1] }],
  tests: [
    { name: 'no cycle', input: [[1, 2, 3, 4, 5], -1] },
    { name: 'empty list', input: [[], -1] },
    { name: 'single node, no cycle', input: [[0], -1] },
    { name: 'single node pointing to itself', input: [[7], 0] },
    { name: 'two nodes, tail points to itself', input: [[1, 2], 1] },
    { name: 'cycle through the whole list', input: [[1, 2, 3, 4, 5, 6], 0] },
    { name: 'tail points to itself after a long tail', input: [[1, 2, 3, 4, 5, 6, 7, 8, 9], 8] },
    { name: 'every value equal, cycle in the middle', input: [[5, 5, 5, 5, 5, 5, 5, 5], 3] },
    { name: 'repeated values, no cycle', input: [[1, 2, 1, 2, 3], -1] },
    { name: 'a value repeats before the entry', input: [[4, 9, 4, 1, 2, 3], 3] },
    {
      name: 'random small, values 0..3',
      seed: 1421,
      count: 6,
      make: (rng): Input => {
        const n = rng.int(1, 12);
        return [list(rng, n, 0, 3), rng.int(-1, n - 1)];
      },
    },
    {
      name: 'random medium',
      seed: 1422,
      count: 3,
      make: (rng): Input => {
        const n = rng.int(100, 2000);
        return [list(rng, n), rng.next() < 0.25 ? -1 : rng.int(0, n - 1)];
      },
    },
    { name: 'max, no cycle', seed: 1423, make: (rng): Input => [list(rng, N_MAX), -1] },
    { name: 'max, every value equal, no cycle', input: [new Array<number>(N_MAX).fill(-3), -1] },
    { name: 'max, cycle at the head', seed: 1424, make: (rng): Input => [list(rng, N_MAX), 0] },
    { name: 'max, tail points to itself', seed: 1425, make: (rng): Input => [list(rng, N_MAX), N_MAX - 1] },
    { name: 'max, cycle in the middle', seed: 1426, make: (rng): Input => [list(rng, N_MAX), rng.int(3000, 7000)] },
    { name: 'max, values 0 and 1, cycle near the end', seed: 1427, make: (rng): Input => [list(rng, N_MAX, 0, 1), N_MAX - rng.int(2, 50)] },
    { name: 'max, every value equal, cycle near the head', input: [new Array<number>(N_MAX).fill(100_000), 17] },
  ],
  complexity: { time: 'O(n)', space: 'O(1)' },
});
