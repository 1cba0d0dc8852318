import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 100_000;

export default defineProblem({
  slug: 'find-disappeared-numbers',
  section: 'array',
  title: { zh: '找到所有数组中消失的数字', en: 'Find All Numbers Disappeared in an Array' },
  difficulty: 'easy',
  tags: ['array', 'hash-table'],
  leetcode: 448,
  entry: {
    kind: 'function',
    name: 'findDisappearedNumbers',
    params: [{ name: 'nums', type: 'number[]' }],
    returns: { type: 'number[]' },
  },
  checker: { style: 'unordered' },
  limits: { timeMs: 500, memoryMb: 128 },
  input: z
    .tuple([z.array(z.number().int().min(1)).min(1).max(N)])
    .refine(([nums]) => nums.every((v) => v <= nums.length), {
      message: 'every value must be at most n = nums.length',
      path: [0],
    }),
  samples: [{ input: [[4, 3, 2, 7, 8, 2, 3, 1]] }, { input: [[1, 1]] }],
  tests: [
    { name: 'n = 1', input: [[1]] },
    { name: 'n = 2, none missing', input: [[2, 1]] },
    { name: 'n = 2, 2 missing', input: [[1, 1]] },
    { name: 'n = 2, 1 missing', input: [[2, 2]] },
    { name: 'all equal to 1', input: [[1, 1, 1, 1, 1]] },
    { name: 'all equal to n', input: [[6, 6, 6, 6, 6, 6]] },
    { name: 'a permutation: none missing', input: [[3, 5, 1, 4, 2]] },
    { name: 'only the first missing', input: [[2, 3, 4, 5, 5]] },
    { name: 'only the last missing', input: [[1, 2, 3, 4, 4]] },
    { name: 'a value three times', input: [[7, 7, 7, 1, 2, 3, 4]] },
    {
      name: 'random small',
      seed: 448_01,
      count: 6,
      make: (rng) => {
        const n = rng.int(3, 20);
        return [rng.ints(n, 1, n)];
      },
    },
    {
      name: 'random medium',
      seed: 448_02,
      count: 3,
      make: (rng) => {
        const n = rng.int(100, 1000);
        return [rng.ints(n, 1, n)];
      },
    },
    { name: 'max n, random values', seed: 448_03, count: 2, make: (rng) => [rng.ints(N, 1, N)] },
    {
      name: 'max n, a permutation: none missing',
      seed: 448_04,
      make: (rng) => [rng.shuffle(Array.from({ length: N }, (_, i) => i + 1))],
    },
    {
      name: 'max n, one missing',
      seed: 448_05,
      make: (rng) => {
        const nums = rng.shuffle(Array.from({ length: N }, (_, i) => i + 1));
        const gone = rng.int(0, N - 1);
        nums[gone] = nums[(gone + 1) % N]!;
        return [nums];
      },
    },
    {
      name: 'max n, every present value twice',
      seed: 448_06,
      make: (rng) => {
        const half = rng.shuffle(Array.from({ length: N }, (_, i) => i + 1)).slice(0, N / 2);
        return [rng.shuffle([...half, ...half])];
      },
    },
    { name: 'max n, all equal to 1', input: [new Array<number>(N).fill(1)] },
    { name: 'max n, all equal to n', input: [new Array<number>(N).fill(N)] },
    {
      name: 'max n, only the upper half, descending',
      input: [Array.from({ length: N }, (_, i) => N - Math.floor(i / 2))],
    },
  ],
  complexity: { time: 'O(n)', space: 'O(1) besides the answer' },
});
