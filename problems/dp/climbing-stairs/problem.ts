import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

export default defineProblem({
  slug: 'climbing-stairs',
  section: 'dp',
  title: { zh: '爬楼梯', en: 'Climbing Stairs' },
  difficulty: 'easy',
  tags: ['dynamic-programming', 'math', 'recursion'],
  leetcode: 70,
  entry: {
    kind: 'function',
    name: 'climbStairs',
    params: [{ name: 'n', type: 'number' }],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 200, memoryMb: 64 },
  input: z.tuple([z.number().int().min(1).max(45)]),
  samples: [{ input: [2] }, { input: [3] }],
  // Every n of the range: the answer for n = 45 is 1836311903.
  tests: Array.from({ length: 45 }, (_, i) => ({ name: `n = ${i + 1}`, input: [i + 1] })),
  complexity: { time: 'O(n)', space: 'O(1)' },
});
