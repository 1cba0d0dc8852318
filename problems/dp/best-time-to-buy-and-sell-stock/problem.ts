import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 100_000;
const P_MAX = 10_000;

const input = z.tuple([z.array(z.number().int().min(0).max(P_MAX)).min(1).max(N_MAX)]);

const prices = (rng: Rng, n: number, lo = 0, hi = P_MAX): number[] => rng.ints(n, lo, hi);

/** A random walk clamped to [0, P_MAX]: long trends, as real prices have. */
function walk(rng: Rng, n: number, step: number): number[] {
  const out: number[] = [];
  let p = rng.int(0, P_MAX);
  for (let i = 0; i < n; i++) {
    p = Math.min(P_MAX, Math.max(0, p + rng.int(-step, step)));
    out.push(p);
  }
  return out;
}

export default defineProblem({
  slug: 'best-time-to-buy-and-sell-stock',
  section: 'dp',
  title: { zh: '买卖股票的最佳时机', en: 'Best Time to Buy and Sell Stock' },
  difficulty: 'easy',
  tags: ['array', 'dynamic-programming', 'greedy'],
  leetcode: 121,
  entry: {
    kind: 'function',
    name: 'maxProfit',
    params: [{ name: 'prices', type: 'number[]' }],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [{ input: [[7, 1, 5, 3, 6, 4]] }, { input: [[7, 6, 4, 3, 1]] }],
  tests: [
    { name: 'one day', input: [[5]] },
    { name: 'two days, rising', input: [[1, 2]] },
    { name: 'two days, falling', input: [[2, 1]] },
    { name: 'all prices equal', input: [[3, 3, 3, 3]] },
    { name: 'strictly decreasing', input: [[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]] },
    { name: 'the maximum comes before the minimum', input: [[10, 4, 8, 1]] },
    { name: 'the global minimum is on the last day', input: [[3, 10, 2, 9, 1]] },
    { name: 'the best pair does not use the global minimum', input: [[2, 9, 5, 1, 3]] },
    { name: 'the best pair does not use the global maximum', input: [[10, 1, 6, 4]] },
    { name: 'price 0 then the maximum price', input: [[0, 10_000]] },
    { name: 'random small', seed: 1211, count: 5, make: (rng) => [prices(rng, rng.int(2, 15), 0, 20)] },
    { name: 'random medium', seed: 1212, count: 3, make: (rng) => [prices(rng, rng.int(100, 5000))] },
    { name: 'max, strictly decreasing then flat', input: [Array.from({ length: N_MAX }, (_, i) => Math.max(0, P_MAX - i))] },
    { name: 'max, random', seed: 1213, make: (rng) => [prices(rng, N_MAX)] },
    { name: 'max, random walk', seed: 1214, make: (rng) => [walk(rng, N_MAX, 30)] },
    {
      name: 'max, the global minimum on the last day',
      seed: 1215,
      make: (rng) => [[...prices(rng, N_MAX - 1, 5000, P_MAX), 0]],
    },
    { name: 'max, increasing', input: [Array.from({ length: N_MAX }, (_, i) => Math.floor(i / 10))] },
  ],
  complexity: { time: 'O(n)', space: 'O(1)' },
});
