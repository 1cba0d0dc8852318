import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const COIN_MAX = 2 ** 31 - 1;
const AMOUNT_MAX = 10_000;

const input = z.tuple([z.array(z.number().int().min(1).max(COIN_MAX)).min(1).max(12), z.number().int().min(0).max(AMOUNT_MAX)]);

type Input = [number[], number];

/** k distinct coin values in [lo, hi]. */
function coins(rng: Rng, k: number, lo: number, hi: number): number[] {
  const set = new Set<number>();
  while (set.size < k) set.add(rng.int(lo, hi));
  return [...set];
}

export default defineProblem({
  slug: 'coin-change',
  section: 'dp',
  title: { zh: '零钱兑换', en: 'Coin Change' },
  difficulty: 'medium',
  tags: ['array', 'dynamic-programming', 'bfs'],
  leetcode: 322,
  entry: {
    kind: 'function',
    name: 'coinChange',
    params: [
      { name: 'coins', type: 'number[]' },
      { name: 'amount', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [{ input: [[1, 2, 5], 11] }, { input: [[2], 3] }, { input: [[1], 0] }],
  tests: [
    { name: 'amount 0', input: [[1], 0] },
    { name: 'amount 0, no coin fits', input: [[7, 11], 0] },
    { name: 'a single coin that fits exactly', input: [[3], 3] },
    { name: 'unreachable: one coin that does not divide the amount', input: [[2], 3] },
    { name: 'every coin larger than the amount', input: [[5, 10], 4] },
    { name: 'greedy trap [1,3,4], 6', input: [[1, 3, 4], 6] },
    { name: 'greedy trap [1,10,25], 30', input: [[25, 10, 1], 30] },
    { name: 'greedy gets stuck: [3,5], 9', input: [[5, 3], 9] },
    { name: 'the largest coin 2^31 - 1', input: [[2_147_483_647], 2] },
    { name: 'a huge coin beside 1', input: [[1, 2_147_483_647], 10_000] },
    { name: 'repeated coin values', input: [[2, 2, 5, 5], 11] },
    { name: 'no coin 1, many combinations', input: [[186, 419, 83, 408], 6249] },
    { name: 'odd amount, even coins only', input: [[2, 4, 6, 8, 10, 12], 9999] },
    {
      name: 'random small',
      seed: 3221,
      count: 5,
      make: (rng): Input => [coins(rng, rng.int(1, 4), 1, 20), rng.int(0, 60)],
    },
    {
      name: 'random, medium coins',
      seed: 3222,
      count: 3,
      make: (rng): Input => [coins(rng, rng.int(3, 12), 1, 500), rng.int(1000, AMOUNT_MAX)],
    },
    { name: 'max amount, 12 small coins', seed: 3223, make: (rng): Input => [coins(rng, 12, 1, 100), AMOUNT_MAX] },
    { name: 'max amount, 12 large coins', seed: 3224, make: (rng): Input => [coins(rng, 12, 1000, 5000), AMOUNT_MAX] },
    { name: 'max amount, coins 1, 2 and 5', input: [[1, 2, 5], AMOUNT_MAX] },
    { name: 'max amount, coin 7 only (unreachable)', input: [[7], AMOUNT_MAX] },
    { name: 'max amount, coins 3 and 7', input: [[3, 7], AMOUNT_MAX - 1] },
  ],
  complexity: { time: 'O(amount · k)', space: 'O(amount)' },
});
