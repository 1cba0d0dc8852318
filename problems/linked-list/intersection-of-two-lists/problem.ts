import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 50_000;
const V_MAX = 100_000;

const list = z.array(z.number().int().min(1).max(V_MAX)).min(1).max(N_MAX);
const count = z.number().int().min(0).max(N_MAX);

/** LeetCode's encoding: intersectVal, listA, listB, skipA, skipB (the lists written out in full). */
const input = z
  .tuple([z.number().int().min(0).max(V_MAX), list, list, count, count])
  .superRefine(([intersectVal, a, b, skipA, skipB], ctx) => {
    const issue = (message: string, at: number): void => ctx.addIssue({ code: 'custom', message, path: [at] });
    if (intersectVal === 0) {
      if (skipA !== a.length) issue(`with no intersection (intersectVal = 0), skipA must be listA.length = ${a.length}`, 3);
      if (skipB !== b.length) issue(`with no intersection (intersectVal = 0), skipB must be listB.length = ${b.length}`, 4);
      return;
    }
    if (skipA >= a.length) return issue(`skipA must be below listA.length = ${a.length} when the lists intersect`, 3);
    if (skipB >= b.length) return issue(`skipB must be below listB.length = ${b.length} when the lists intersect`, 4);
    if (a[skipA] !== intersectVal) issue(`listA[skipA] = ${a[skipA]} must equal intersectVal = ${intersectVal}`, 0);
    if (a.length - skipA !== b.length - skipB) return issue('the shared tails listA[skipA:] and listB[skipB:] must have the same length', 2);
    for (let i = 0; skipA + i < a.length; i++) {
      if (a[skipA + i] !== b[skipB + i]) return issue(`the shared tails differ: listA[${skipA + i}] = ${a[skipA + i]}, listB[${skipB + i}] = ${b[skipB + i]}`, 2);
    }
  });

type Input = [number, number[], number[], number, number];

/** Two lists with private prefixes of lengths pa and pb and a shared tail of `shared` nodes (0: none). */
function lists(rng: Rng, pa: number, pb: number, shared: number, lo = 1, hi = V_MAX): Input {
  if (shared === 0) {
    // Without a shared tail each list needs a node of its own.
    pa = Math.max(pa, 1);
    pb = Math.max(pb, 1);
  }
  const prefixA = rng.ints(pa, lo, hi);
  const prefixB = rng.ints(pb, lo, hi);
  const tail = rng.ints(shared, lo, hi);
  const a = [...prefixA, ...tail];
  const b = [...prefixB, ...tail];
  return shared === 0 ? [0, a, b, a.length, b.length] : [tail[0]!, a, b, pa, pb];
}

/** Two separate lists with exactly the same values (comparing values instead of nodes goes wrong). */
function twins(rng: Rng, n: number, lo = 1, hi = V_MAX): Input {
  const values = rng.ints(n, lo, hi);
  return [0, values, values.slice(), n, n];
}

export default defineProblem({
  slug: 'intersection-of-two-lists',
  section: 'linked-list',
  title: { zh: '相交链表', en: 'Intersection of Two Linked Lists' },
  difficulty: 'easy',
  tags: ['linked-list', 'two-pointers', 'hash-table'],
  leetcode: 160,
  entry: {
    kind: 'function',
    name: 'getIntersectionNode',
    params: [
      // sandbox.ts splices listB onto listA's shared node; the solution receives only the two heads.
      { name: 'intersectVal', type: 'number', codec: 'hidden' },
      { name: 'headA', type: 'ListNode | null', codec: 'list' },
      { name: 'headB', type: 'ListNode | null', codec: 'list' },
      { name: 'skipA', type: 'number', codec: 'hidden' },
      { name: 'skipB', type: 'number', codec: 'hidden' },
    ],
    returns: { type: 'ListNode | null', codec: 'node' },
  },
  rules: { inputUnchanged: true },
  checker: { style: 'exact' },
  limits: { timeMs: 500, memoryMb: 256 },
  input,
  samples: [
    { input: [8, [4, 1, 8, 4, 5], [5, 6, 1, 8, 4, 5], 2, 3] },
    { input: [2, [1, 9, 1, 2, 4], [3, 2, 4], 3, 1] },
    { input: [0, [2, 6, 4], [1, 5], 3, 2] },
  ],
  tests: [
    { name: 'one node each, no intersection, equal values', input: [0, [1], [1], 1, 1] },
    { name: 'one shared node', input: [1, [1], [1], 0, 0] },
    { name: 'no intersection, the same values', input: [0, [1, 2, 3], [1, 2, 3], 3, 3] },
    { name: 'no intersection, equal tails of values', input: [0, [5, 1, 2, 3], [1, 2, 3], 4, 3] },
    { name: 'the same list twice (intersection at both heads)', input: [3, [3, 1, 2], [3, 1, 2], 0, 0] },
    { name: 'all of A is shared, B is longer', input: [4, [4, 5], [1, 2, 4, 5], 0, 2] },
    { name: 'all of B is shared, A is longer', input: [7, [1, 7, 8], [7, 8], 1, 0] },
    { name: 'only the last node is shared', input: [9, [1, 2, 9], [3, 9], 2, 1] },
    { name: 'equal values before the shared node', input: [5, [5, 5, 5, 5], [5, 5, 5], 2, 1] },
    { name: 'equal lengths, no intersection, one differing value', input: [0, [2, 4, 6, 8], [2, 4, 7, 8], 4, 4] },
    {
      name: 'random small, values 1..3',
      seed: 1601,
      count: 5,
      make: (rng) => lists(rng, rng.int(0, 6), rng.int(0, 6), rng.int(0, 5), 1, 3),
    },
    { name: 'random medium', seed: 1602, count: 3, make: (rng) => lists(rng, rng.int(0, 2000), rng.int(0, 2000), rng.int(1, 2000)) },
    { name: 'random medium, no intersection', seed: 1603, make: (rng) => lists(rng, rng.int(1000, 2000), rng.int(1000, 2000), 0) },
    { name: 'max, no intersection', seed: 1604, make: (rng) => lists(rng, N_MAX, N_MAX, 0) },
    { name: 'max, no intersection, the same values', seed: 1605, make: (rng) => twins(rng, N_MAX, 1, 2) },
    { name: 'max, the last node shared, different lengths', seed: 1606, make: (rng) => lists(rng, N_MAX - 1, 30_000, 1) },
    {
      name: 'max, all values equal, shared from the middle',
      input: [1, new Array<number>(N_MAX).fill(1), new Array<number>(35_000).fill(1), 25_000, 10_000],
    },
  ],
  complexity: { time: 'O(m + n)', space: 'O(1)' },
});
