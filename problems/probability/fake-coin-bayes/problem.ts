import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

const COINS_MAX = 1_000_000_000;
const K_MAX = 100_000;

const count = z.number().int().min(0).max(COINS_MAX);

export default defineProblem({
  slug: 'fake-coin-bayes',
  section: 'probability',
  title: { zh: '真假硬币：贝叶斯后验', en: 'Real or Fake Coin: Bayes' },
  difficulty: 'easy',
  tags: ['probability', 'math', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'probRealCoin',
    params: [
      { name: 'n', type: 'number' },
      { name: 'm', type: 'number' },
      { name: 'k', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-12, rtol: 1e-9 },
  limits: { timeMs: 1000, memoryMb: 64 },
  input: z
    .tuple([count, count, z.number().int().min(0).max(K_MAX)])
    .refine(([n, m]) => n + m >= 1, 'there must be at least one coin'),
  samples: [{ input: [999, 1, 10] }, { input: [1, 1, 1] }, { input: [5, 0, 2000] }],
  tests: [
    { name: 'no flips: the prior', input: [3, 1, 0] },
    { name: 'no flips, equal counts', input: [COINS_MAX, COINS_MAX, 0] },
    { name: 'only fake coins', input: [0, 7, 5] },
    { name: 'only fake coins, no flips', input: [0, 1, 0] },
    { name: 'only real coins', input: [1, 0, 3] },
    { name: 'only real coins, k = 1074', input: [12, 0, 1074] },
    { name: 'only real coins, k = 1075 (2^-k underflows to 0)', input: [12, 0, 1075] },
    { name: 'only real coins, k = 2000', input: [COINS_MAX, 0, 2000] },
    { name: 'only real coins, k = 10^5', input: [1, 0, K_MAX] },
    { name: 'evidence balances the prior: 1/2', input: [2 ** 20, 1, 20] },
    { name: '10^9 real, 1 fake, 30 heads', input: [COINS_MAX, 1, 30] },
    { name: '10^9 real, 1 fake, 60 heads', input: [COINS_MAX, 1, 60] },
    { name: '1 real, 10^9 fake, 1 head', input: [1, COINS_MAX, 1] },
    { name: 'k = 1023 (2^k still finite)', input: [COINS_MAX, 1, 1023] },
    { name: 'k = 1024 (2^k overflows)', input: [COINS_MAX, 1, 1024] },
    { name: 'k = 2000', input: [COINS_MAX, COINS_MAX, 2000] },
    { name: 'k = 10^5', input: [COINS_MAX, 1, K_MAX] },
    { name: 'almost certainly real', input: [COINS_MAX, 1, 0] },
    { name: 'random small', seed: 7_01, count: 6, make: (rng) => [rng.int(0, 20), rng.int(1, 20), rng.int(0, 12)] },
    { name: 'random large', seed: 7_02, count: 4, make: (rng) => [rng.int(1, COINS_MAX), rng.int(1, COINS_MAX), rng.int(0, 80)] },
  ],
  complexity: { time: 'O(1)', space: 'O(1)' },
});
