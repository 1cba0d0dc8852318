import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 100_000;
const V = 10_000;

/** Positive and negative stretches of random lengths: the best subarray spans several of them. */
function stretches(rng: Rng, n: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const len = Math.min(rng.int(1, 50), n - out.length);
    const positive = rng.next() < 0.5;
    for (let t = 0; t < len; t++) out.push(positive ? rng.int(0, V) : rng.int(-V, 0));
  }
  return out;
}

export default defineProblem({
  slug: 'maximum-subarray',
  section: 'sorting',
  title: { zh: '最大子数组和', en: 'Maximum Subarray' },
  difficulty: 'medium',
  tags: ['array', 'dynamic-programming', 'divide-and-conquer'],
  leetcode: 53,
  entry: {
    kind: 'function',
    name: 'maxSubArray',
    params: [{ name: 'nums', type: 'number[]' }],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([z.array(z.number().int().min(-V).max(V)).min(1).max(N)]),
  samples: [{ input: [[-2, 1, -3, 4, -1, 2, 1, -5, 4]] }, { input: [[1]] }, { input: [[5, 4, -1, 7, 8]] }],
  tests: [
    { name: 'n = 1, negative', input: [[-V]] },
    { name: 'n = 1, zero', input: [[0]] },
    { name: 'all negative', input: [[-3, -1, -2, -8]] },
    { name: 'all negative, the maximum at the end', input: [[-9, -8, -7, -6, -5]] },
    { name: 'zeros and negatives', input: [[-1, 0, -2, 0]] },
    { name: 'all positive: the whole array', input: [[2, 3, 1, 4]] },
    { name: 'a dip worth crossing', input: [[5, -4, 6]] },
    { name: 'a dip not worth crossing', input: [[5, -6, 4]] },
    { name: 'positives apart: not a subsequence', input: [[3, -10, 3, -10, 3]] },
    { name: 'the best at the very start', input: [[8, -1, -20, 2, 3]] },
    { name: 'extremes', input: [[V, -V, V, -V, V]] },
    { name: 'random small', seed: 5301, count: 6, make: (rng) => [rng.ints(rng.int(1, 20), -10, 10)] },
    { name: 'random medium, mostly negative', seed: 5302, count: 2, make: (rng) => [rng.ints(rng.int(100, 2000), -V, V / 10)] },
    { name: 'max n, random', seed: 5303, make: (rng) => [rng.ints(N, -V, V)] },
    { name: 'max n, all negative', seed: 5304, make: (rng) => [rng.ints(N, -V, -1)] },
    { name: 'max n, all at most -5000', seed: 5307, make: (rng) => [rng.ints(N, -V, -5000)] },
    { name: 'max n, stretches of one sign', seed: 5305, make: (rng) => [stretches(rng, N)] },
    { name: 'max n, all equal to the maximum', input: [new Array<number>(N).fill(V)] },
    { name: 'max n, slightly negative drift', seed: 5306, make: (rng) => [rng.ints(N, -V, V - 50)] },
  ],
  complexity: { time: 'O(n)', space: 'O(1)' },
});
