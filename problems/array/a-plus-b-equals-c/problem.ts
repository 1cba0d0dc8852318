import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 2000;
/** |value| ≤ V bounds the answer: at most 15,201 triples whatever the input. */
const V = 100;

export default defineProblem({
  slug: 'a-plus-b-equals-c',
  section: 'array',
  title: { zh: '数组中 a + b = c 的组合', en: 'Triples with a + b = c' },
  difficulty: 'medium',
  tags: ['array', 'hash-table', 'counting'],
  entry: {
    kind: 'function',
    name: 'findSumTriples',
    params: [{ name: 'nums', type: 'number[]' }],
    returns: { type: 'number[][]' },
  },
  // Any order of the triples; each triple itself is in the fixed form [a, b, c] with a ≤ b.
  checker: { style: 'unordered', depth: 1 },
  limits: { timeMs: 2000, memoryMb: 128 },
  input: z.tuple([z.array(z.number().int().min(-V).max(V)).min(1).max(N)]),
  samples: [{ input: [[1, 2, 3, 4, 5]] }, { input: [[0, 0, 3, 3, -3]] }, { input: [[2, 4, 2]] }],
  tests: [
    { name: 'n = 1', input: [[0]] },
    { name: 'n = 2, two zeros', input: [[0, 0]] },
    { name: 'n = 3, 1 + 2 = 3', input: [[3, 1, 2]] },
    { name: 'three zeros: 0 + 0 = 0', input: [[0, 0, 0]] },
    { name: 'two zeros are not enough for 0 + 0 = 0', input: [[0, 0, 7]] },
    { name: 'a + 0 = a needs a twice', input: [[0, 7, 7]] },
    { name: 'a + 0 = a with a once', input: [[7, 0, 5]] },
    { name: 'a + a = 2a needs a twice', input: [[3, 6]] },
    { name: 'a + a = 2a with a twice', input: [[6, 3, 3]] },
    { name: 'negative doubling', input: [[-4, -8, -4]] },
    { name: 'opposites sum to zero', input: [[-7, 7, 0]] },
    { name: 'c below a and b', input: [[-5, -3, -8]] },
    { name: 'mixed signs', input: [[-3, 1, -2, 4]] },
    { name: 'repeated values, each triple once', input: [[1, 1, 1, 2, 2, 3, 3]] },
    { name: 'all equal, non-zero', input: [[5, 5, 5, 5]] },
    { name: 'only odd values: no triple', input: [[1, 3, 5, 7, 9, -1, -3]] },
    { name: 'extremes', input: [[-V, V, 0, V, -V, 0, 0]] },
    {
      name: 'random small, tiny values',
      seed: 3_01,
      count: 6,
      make: (rng) => [rng.ints(rng.int(1, 12), -4, 4)],
    },
    {
      name: 'random medium',
      seed: 3_02,
      count: 3,
      make: (rng) => [rng.ints(rng.int(50, 300), -V, V)],
    },
    // The maximum size: an O(n³) scan over positions needs about 10^9 steps.
    { name: 'max n, only odd values: no triple', seed: 3_03, make: (rng) => [rng.ints(N, -V / 2, V / 2 - 1).map((v) => 2 * v + 1)] },
    { name: 'max n, random values', seed: 3_04, make: (rng) => [rng.ints(N, -V, V)] },
    { name: 'max n, all zeros', input: [new Array<number>(N).fill(0)] },
    { name: 'max n, one zero among 7s', input: [[...new Array<number>(N - 1).fill(7), 0]] },
    { name: 'max n, values -1, 0, 1', seed: 3_05, make: (rng) => [rng.ints(N, -1, 1)] },
    {
      name: 'max n, each value of [-100, 100] at most twice',
      seed: 3_06,
      make: (rng) => {
        const nums: number[] = [];
        for (let v = -V; v <= V; v++) for (let c = rng.int(0, 2); c > 0; c--) nums.push(v);
        while (nums.length < N) nums.push(rng.pick([-V, V]));
        return [rng.shuffle(nums)];
      },
    },
  ],
  complexity: { time: 'O(n + D²), D ≤ 201 distinct values', space: 'O(D) besides the answer' },
});
