import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 1_000_000;

/** n cells, each blocked with probability p, but never more than `maxRun` blocked cells in a row. */
function cells(rng: Rng, n: number, p: number, maxRun: number): number[] {
  const arr = new Array<number>(n);
  let run = 0;
  for (let i = 0; i < n; i++) {
    const blocked = run < maxRun && rng.next() < p;
    arr[i] = blocked ? 1 : 0;
    run = blocked ? run + 1 : 0;
  }
  return arr;
}

/**
 * n cells with a guaranteed way through: a random chain of jumps of 3 to 5 from -1 to n stays open, every
 * other cell is blocked with probability p. The shortest way is often not the planted one.
 */
function withPath(rng: Rng, n: number, p: number): number[] {
  const arr = Array.from({ length: n }, () => (rng.next() < p ? 1 : 0));
  let pos = -1;
  for (;;) {
    const left = n - pos;
    // Land exactly on n when it is 3 to 5 away; never leave 1 or 2 positions before the end.
    const options = [3, 4, 5].filter((d) => d === left || (d < left && left - d >= 3));
    const d = rng.pick(options);
    pos += d;
    if (pos === n) return arr;
    arr[pos] = 0;
  }
}

export default defineProblem({
  slug: 'min-jumps-3-to-5',
  section: 'dp',
  title: { zh: '01 数组跳跃的最少步数', en: 'Minimum Jumps of 3 to 5 Steps' },
  difficulty: 'medium',
  tags: ['array', 'dynamic-programming', 'bfs'],
  entry: {
    kind: 'function',
    name: 'minJumps',
    params: [{ name: 'arr', type: 'number[]' }],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 256 },
  input: z.tuple([z.array(z.union([z.literal(0), z.literal(1)])).min(1).max(N)]),
  samples: [{ input: [[0, 1, 0, 0, 1, 0, 1]] }, { input: [[0]] }, { input: [[1, 0, 1, 1, 1, 1, 0]] }],
  tests: [
    { name: 'n = 1: the end is 2 steps away', input: [[0]] },
    { name: 'n = 2: one jump of 3', input: [[1, 1]] },
    { name: 'n = 3, all blocked: one jump of 4', input: [[1, 1, 1]] },
    { name: 'n = 4, all blocked: one jump of 5', input: [[1, 1, 1, 1]] },
    { name: 'n = 5: the only way is 3 + 3', input: [[1, 1, 0, 1, 1]] },
    { name: 'n = 5: the middle is blocked', input: [[0, 0, 1, 0, 0]] },
    { name: 'n = 6, all blocked: 7 is too far for one jump', input: [[1, 1, 1, 1, 1, 1]] },
    { name: 'the end cannot be overshot', input: [[1, 1, 1, 1, 0, 1]] },
    { name: 'five blocked cells in a row', input: [[0, 0, 1, 1, 1, 1, 1, 0, 0]] },
    { name: 'longest jump first is a dead end', input: [[0, 0, 0, 0, 1, 0, 1, 1, 1]] },
    { name: 'n = 5, all open: 3 + 3, not 5 + 1', input: [[0, 0, 0, 0, 0]] },
    // Exponential without memoisation: about 10^12 paths. Comes before the 10^6 tests on purpose.
    { name: 'n = 100, all open', input: [new Array<number>(100).fill(0)] },
    { name: 'n = 100, every other cell blocked', input: [Array.from({ length: 100 }, (_, i) => i % 2)] },
    { name: 'random small', seed: 51, count: 4, make: (rng) => [cells(rng, rng.int(1, 30), 0.4, 4)] },
    { name: 'random small, a way through', seed: 56, count: 3, make: (rng) => [withPath(rng, rng.int(3, 40), 0.6)] },
    { name: 'random medium, dense walls', seed: 52, count: 2, make: (rng) => [cells(rng, rng.int(500, 5000), 0.55, 4)] },
    { name: 'random medium, dense walls, a way through', seed: 57, count: 3, make: (rng) => [withPath(rng, rng.int(500, 5000), 0.7)] },
    { name: '10^5, a way through, half the other cells blocked', seed: 53, make: (rng) => [withPath(rng, 100_000, 0.5)] },
    {
      name: '10^5, blocked by five 1s near the end',
      seed: 54,
      make: (rng) => {
        const arr = cells(rng, 100_000, 0.3, 2);
        arr.fill(1, 99_990, 99_995);
        return [arr];
      },
    },
    { name: 'max n, all open', input: [new Array<number>(N).fill(0)] },
    { name: 'max n, a way through, 40% of the other cells blocked', seed: 55, make: (rng) => [withPath(rng, N, 0.4)] },
  ],
  complexity: { time: 'O(n)', space: 'O(n), or O(1) with a ring of 6 values' },
});
