import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

const G_MAX = 2001;
const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export default defineProblem({
  slug: 'best-of-series',
  section: 'probability',
  title: { zh: '五局三胜还是三局两胜', en: 'Best of Three or Best of Five' },
  difficulty: 'easy',
  tags: ['probability', 'math', 'combinatorics', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'seriesWinProbability',
    params: [
      { name: 'p', type: 'number' },
      { name: 'games', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-9, rtol: 0 },
  limits: { timeMs: 2000, memoryMb: 64 },
  input: z.tuple([
    z.number().min(0).max(1),
    z.number().int().min(1).max(G_MAX).refine((g) => g % 2 === 1, 'games must be odd'),
  ]),
  samples: [{ input: [0.6, 3] }, { input: [0.6, 5] }],
  tests: [
    { name: 'one game', input: [0.37, 1] },
    { name: 'p = 1/2, best of 3', input: [0.5, 3] },
    { name: 'p = 0', input: [0, 7] },
    { name: 'p = 1', input: [1, 7] },
    { name: 'p = 1, long series', input: [1, G_MAX] },
    { name: 'p = 0, long series', input: [0, G_MAX] },
    { name: 'p = 0.55, best of 3', input: [0.55, 3] },
    { name: 'p = 0.55, best of 5', input: [0.55, 5] },
    { name: 'p = 0.7, best of 5', input: [0.7, 5] },
    { name: 'weaker player, best of 7', input: [0.3, 7] },
    { name: 'best of 9', input: [0.52, 9] },
    { name: 'best of 21', input: [0.45, 21] },
    { name: 'best of 41', input: [0.58, 41] },
    { name: 'best of 171 (171! overflows)', input: [0.53, 171] },
    { name: 'best of 2001, p = 1/2', input: [0.5, G_MAX] },
    { name: 'best of 2001, p = 0.51', input: [0.51, G_MAX] },
    { name: 'best of 2001, p = 0.49 (p^1001 underflows)', input: [0.49, G_MAX] },
    { name: 'best of 1999, p = 0.9', input: [0.9, 1999] },
    { name: 'best of 1001, p = 0.505', input: [0.505, 1001] },
    { name: 'tiny p', input: [1e-9, 3] },
    { name: 'p just below 1', input: [1 - 1e-12, 5] },
    {
      name: 'random p and length',
      seed: 9_01,
      count: 6,
      make: (rng) => [r6(0.3 + 0.4 * rng.next()), 2 * rng.int(0, (G_MAX - 1) / 2) + 1],
    },
  ],
  complexity: { time: 'O(games)', space: 'O(games)' },
});
