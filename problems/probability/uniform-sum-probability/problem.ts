import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 100;
const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export default defineProblem({
  slug: 'uniform-sum-probability',
  section: 'probability',
  title: { zh: '均匀分布之和小于 t 的概率', en: 'Probability That a Sum of Uniforms Is Below t' },
  difficulty: 'medium',
  tags: ['probability', 'math', 'dynamic-programming', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'probSumBelow',
    params: [
      { name: 'n', type: 'number' },
      { name: 't', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-9, rtol: 0 },
  limits: { timeMs: 1000, memoryMb: 64 },
  input: z.tuple([z.number().int().min(1).max(N_MAX), z.number().min(-1000).max(1000)]),
  samples: [{ input: [2, 1] }, { input: [3, 1] }],
  tests: [
    { name: 'n = 1 is the uniform CDF', input: [1, 0.3] },
    { name: 't below 0', input: [1, -0.5] },
    { name: 't = 0', input: [5, 0] },
    { name: 't above n', input: [1, 2] },
    { name: 't = n', input: [7, 7] },
    { name: 'far outside', input: [100, -1000] },
    { name: 'n = 2, t = 1.5 (past the first kink)', input: [2, 1.5] },
    { name: 'n = 3, t = 1.5 (the middle)', input: [3, 1.5] },
    { name: 'n = 3, t = 2', input: [3, 2] },
    { name: 'n = 4, t = 0.5 (t^n / n!)', input: [4, 0.5] },
    { name: 'n = 10, t = 5', input: [10, 5] },
    { name: 'n = 10, t = 3.7', input: [10, 3.7] },
    { name: 'n = 20, t = 7.3', input: [20, 7.3] },
    { name: 'n = 25, t = 13.1', input: [25, 13.1] },
    { name: 'n = 30, t = 17', input: [30, 17] },
    { name: 'n = 40, t = 18.25', input: [40, 18.25] },
    { name: 'n = 50, t = 22.5', input: [50, 22.5] },
    { name: 'n = 60, t = 28.9', input: [60, 28.9] },
    { name: 'n = 80, t = 41.3', input: [80, 41.3] },
    { name: 'n = 100, t = 50 (the median)', input: [100, 50] },
    { name: 'n = 100, t = 47.123', input: [100, 47.123] },
    { name: 'n = 100, t = 55.5', input: [100, 55.5] },
    { name: 'n = 100, left tail', input: [100, 35] },
    { name: 'n = 100, right tail', input: [100, 66.6] },
    { name: 'n = 100, just below n', input: [100, 99.5] },
    { name: 'random n and t', seed: 8_01, count: 8, make: (rng) => {
      const n = rng.int(1, N_MAX);
      return [n, r6(n / 2 + (rng.next() - 0.5) * Math.sqrt(n) * 2)];
    } },
  ],
  complexity: { time: 'O(n²)', space: 'O(n)' },
});
