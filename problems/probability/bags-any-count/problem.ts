import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const BALLS_MAX = 1_000_000_000;
const BAGS_MAX = 100_000;

const possible = (balls: number, bags: number): boolean => 2 ** Math.min(bags, 60) - 1 >= balls;

/**
 * Accepts null exactly when the task is impossible (2^bags − 1 < balls); otherwise `bags` positive
 * integers summing to `balls` such that every count 1 … balls is the sum of some of them.
 *
 * The subset-sum test uses the classic criterion instead of a bitset over 1 … balls (balls goes up to
 * 10^9): sort the sizes ascending; the sums of the first i sizes cover every count 0 … P_i if and only if
 * each size a_i ≤ P_{i−1} + 1. If some a_i > P_{i−1} + 1, the count P_{i−1} + 1 is not a subset sum at
 * all: the smaller sizes add up to only P_{i−1}, and any larger size alone exceeds it.
 */
function check({ input, output }: { input: unknown[]; output: unknown }): true | string {
  const [balls, bags] = input as [number, number];
  if (output === null) {
    return possible(balls, bags) ? `returned null, but ${balls} balls can be packed into ${bags} bags` : true;
  }
  if (!Array.isArray(output)) return 'the answer must be an array of bag sizes or null';
  if (!possible(balls, bags)) {
    return `${bags} bags can make at most 2^${bags} − 1 = ${2 ** bags - 1} different counts, fewer than ${balls}: the answer must be null`;
  }
  if (output.length !== bags) return `expected ${bags} bag sizes, got ${output.length}`;
  const sizes: number[] = [];
  for (let i = 0; i < output.length; i++) {
    const v: unknown = output[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return `bag ${i} holds ${JSON.stringify(v)}: every bag must hold a positive integer number of balls`;
    sizes.push(v);
  }
  let total = 0;
  for (const v of sizes) total += v;
  if (total !== balls) return `the bags hold ${total} balls in all, not ${balls}`;
  sizes.sort((a, b) => a - b);
  let covered = 0;
  for (const v of sizes) {
    if (v > covered + 1) return `no selection of bags holds exactly ${covered + 1} ball${covered === 0 ? '' : 's'}`;
    covered += v;
  }
  return true;
}

const input = z
  .tuple([z.number().int().min(1).max(BALLS_MAX), z.number().int().min(1).max(BAGS_MAX)])
  .refine(([balls, bags]) => bags <= balls, { message: 'bags must be at most balls', path: [1] });

/** A random (balls, bags) pair near the boundary 2^bags − 1 = balls, on either side. */
function nearBoundary(rng: Rng): number[] {
  const bags = rng.int(1, 29);
  const edge = 2 ** bags - 1;
  const balls = Math.max(bags, Math.min(BALLS_MAX, edge + rng.int(-3, 3)));
  return [balls, bags];
}

export default defineProblem({
  slug: 'bags-any-count',
  section: 'probability',
  title: { zh: '装袋：凑出任意个数的球', en: 'Bags That Make Every Count' },
  difficulty: 'medium',
  tags: ['math', 'greedy', 'bit-manipulation'],
  entry: {
    kind: 'function',
    name: 'packBags',
    params: [
      { name: 'balls', type: 'number' },
      { name: 'bags', type: 'number' },
    ],
    returns: { type: 'number[] | null' },
  },
  checker: { style: 'validator', check },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [{ input: [1000, 10] }, { input: [1000, 9] }, { input: [5, 4] }],
  tests: [
    { name: 'one ball, one bag', input: [1, 1] },
    { name: 'two balls, one bag: impossible', input: [2, 1] },
    { name: '3 balls, 2 bags', input: [3, 2] },
    { name: '4 balls, 2 bags: impossible', input: [4, 2] },
    { name: '7 balls, 3 bags: exactly 1, 2, 4', input: [7, 3] },
    { name: '8 balls, 3 bags: impossible', input: [8, 3] },
    { name: '1023 balls, 10 bags: exactly the powers of two', input: [1023, 10] },
    { name: '1024 balls, 10 bags: impossible', input: [1024, 10] },
    { name: 'as many bags as balls: one ball each', input: [1000, 1000] },
    { name: 'more bags than bits', input: [1000, 500] },
    { name: 'surplus bags after the doubling', input: [100, 20] },
    { name: '10^9 balls, 30 bags (2^30 − 1 ≥ 10^9)', input: [BALLS_MAX, 30] },
    { name: '10^9 balls, 29 bags: impossible', input: [BALLS_MAX, 29] },
    { name: '10^9 balls, 31 bags (1 << 31 overflows)', input: [BALLS_MAX, 31] },
    { name: '10^9 balls, 32 bags (1 << 32 is 1)', input: [BALLS_MAX, 32] },
    { name: '10^9 balls, 33 bags', input: [BALLS_MAX, 33] },
    { name: '2^29 balls, 29 bags: impossible by one', input: [2 ** 29, 29] },
    { name: '2^29 − 1 balls, 29 bags: exactly the powers of two', input: [2 ** 29 - 1, 29] },
    { name: '10^9 balls, 10^5 bags', input: [BALLS_MAX, BAGS_MAX] },
    { name: '10^5 balls, 10^5 bags', input: [BAGS_MAX, BAGS_MAX] },
    { name: 'random, near the boundary 2^bags − 1', seed: 6_01, count: 8, make: nearBoundary },
    {
      name: 'random',
      seed: 6_02,
      count: 6,
      make: (rng) => {
        const balls = rng.int(1, rng.pick([100, 10_000, BALLS_MAX]));
        return [balls, rng.int(1, Math.min(balls, 64))];
      },
    },
  ],
  complexity: { time: 'O(bags)', space: 'O(bags)' },
});
