import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 5000;
const V_MAX = 5000;

const input = z.tuple([z.array(z.number().int().min(-V_MAX).max(V_MAX)).max(N_MAX)]);

const list = (rng: Rng, n: number, lo = -V_MAX, hi = V_MAX): number[] => rng.ints(n, lo, hi);

export default defineProblem({
  slug: 'reverse-linked-list',
  section: 'linked-list',
  title: { zh: '反转链表', en: 'Reverse Linked List' },
  difficulty: 'easy',
  tags: ['linked-list', 'recursion'],
  leetcode: 206,
  entry: {
    kind: 'function',
    name: 'reverseList',
    params: [{ name: 'head', type: 'ListNode | null', codec: 'list' }],
    returns: { type: 'ListNode | null', codec: 'list' },
  },
  rules: { reuseNodes: true },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [{ input: [[1, 2, 3, 4, 5]] }, { input: [[1, 2]] }, { input: [[]] }],
  tests: [
    { name: 'empty list', input: [[]] },
    { name: 'one node', input: [[7]] },
    { name: 'one node, the minimum value', input: [[-5000]] },
    { name: 'two nodes', input: [[1, 2]] },
    { name: 'three nodes', input: [[3, -1, 2]] },
    { name: 'all values equal', input: [[4, 4, 4, 4, 4, 4]] },
    { name: 'a palindrome', input: [[1, 2, 3, 2, 1]] },
    { name: 'zeros and extremes', input: [[0, 5000, -5000, 0, 5000]] },
    { name: 'random small', seed: 2061, count: 5, make: (rng) => [list(rng, rng.int(2, 12), -10, 10)] },
    { name: 'random medium', seed: 2062, count: 3, make: (rng) => [list(rng, rng.int(100, 1000))] },
    { name: 'max 5000 nodes, random', seed: 2063, count: 2, make: (rng) => [list(rng, N_MAX)] },
    { name: 'max 5000 nodes, ascending', input: [Array.from({ length: N_MAX }, (_, i) => i - 2500)] },
    { name: 'max 5000 nodes, all equal', input: [new Array<number>(N_MAX).fill(-1)] },
    { name: 'max 5000 nodes, values 0 and 1', seed: 2064, make: (rng) => [list(rng, N_MAX, 0, 1)] },
  ],
  complexity: { time: 'O(n)', space: 'O(1)' },
});
