import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

const FLIPS_MAX = 1e12;
const PRIOR_MAX = 1e6;

const flips = z.number().int().min(0).max(FLIPS_MAX);
const prior = z.number().positive().max(PRIOR_MAX);

export default defineProblem({
  slug: 'coin-flip-next-tails',
  section: 'probability',
  title: { zh: '一亿次正面之后：下一次是反面的概率', en: 'After 10^8 Heads: Probability of Tails Next' },
  difficulty: 'easy',
  tags: ['probability', 'statistics', 'math'],
  entry: {
    kind: 'function',
    name: 'nextTailsProbability',
    params: [
      { name: 'heads', type: 'number' },
      { name: 'tails', type: 'number' },
      { name: 'alpha', type: 'number' },
      { name: 'beta', type: 'number' },
    ],
    returns: { type: '{ mle: number; bayes: number }' },
  },
  checker: { style: 'float', atol: 1e-12, rtol: 1e-9 },
  limits: { timeMs: 1000, memoryMb: 64 },
  input: z
    .tuple([flips, flips, prior, prior])
    .refine(([h, t]) => h + t >= 1, 'there must be at least one flip'),
  samples: [{ input: [100_000_000, 0, 1, 1] }, { input: [3, 1, 2, 5] }],
  tests: [
    { name: 'one flip, heads', input: [1, 0, 1, 1] },
    { name: 'one flip, tails', input: [0, 1, 1, 1] },
    { name: '10^8 heads, Jeffreys prior Beta(1/2, 1/2)', input: [100_000_000, 0, 0.5, 0.5] },
    { name: '10^8 heads, a strong fair-coin prior Beta(10^6, 10^6)', input: [100_000_000, 0, PRIOR_MAX, PRIOR_MAX] },
    { name: 'only tails', input: [0, 5, 1, 1] },
    { name: 'only tails, asymmetric prior', input: [0, 7, 3, 0.25] },
    { name: 'equal counts', input: [50, 50, 2, 8] },
    { name: 'asymmetric prior (alpha for heads, beta for tails)', input: [10, 0, 1, 9] },
    { name: 'prior outweighs the data', input: [2, 1, 40_000, 60_000] },
    { name: 'tiny prior: close to the MLE', input: [7, 3, 1e-9, 1e-9] },
    { name: '10^12 heads, one tail', input: [FLIPS_MAX, 1, 1, 1] },
    { name: '10^12 tails, no heads', input: [0, FLIPS_MAX, 1, 1] },
    { name: 'prior below 1 (the MAP would not even exist)', input: [4, 0, 0.3, 0.7] },
    { name: 'random counts, random prior', seed: 8_01, count: 6, make: (rng) => [rng.int(0, 1000), rng.int(1, 1000), Number((rng.next() * 10 + 0.01).toFixed(3)), Number((rng.next() * 10 + 0.01).toFixed(3))] },
    { name: 'random large counts', seed: 8_02, count: 3, make: (rng) => [rng.int(0, 1e9), rng.int(0, 1e9) + 1, rng.int(1, 100), rng.int(1, 100)] },
  ],
  complexity: { time: 'O(1)', space: 'O(1)' },
});
