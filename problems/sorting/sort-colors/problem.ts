import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 100_000;

/** a 0s, then b 1s, then c 2s (or the reverse order of the blocks). */
const blocks = (a: number, b: number, c: number, reversed = false): number[] => {
  const out = [...new Array<number>(a).fill(0), ...new Array<number>(b).fill(1), ...new Array<number>(c).fill(2)];
  return reversed ? out.reverse() : out;
};

const colours = (rng: Rng, n: number, palette: number[] = [0, 1, 2]): number[] => Array.from({ length: n }, () => rng.pick(palette));

export default defineProblem({
  slug: 'sort-colors',
  section: 'sorting',
  title: { zh: '颜色分类', en: 'Sort Colors' },
  difficulty: 'medium',
  tags: ['array', 'two-pointers', 'sorting', 'counting-sort'],
  leetcode: 75,
  entry: {
    kind: 'function',
    name: 'sortColors',
    params: [{ name: 'nums', type: 'number[]' }],
    returns: { type: 'void', codec: 'void' },
    observe: { param: 'nums', codec: 'json' },
  },
  rules: { noSort: true },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([z.array(z.number().int().min(0).max(2)).min(1).max(N)]),
  samples: [{ input: [[2, 0, 2, 1, 1, 0]] }, { input: [[2, 0, 1]] }],
  tests: [
    { name: 'n = 1, a 0', input: [[0]] },
    { name: 'n = 1, a 2', input: [[2]] },
    { name: 'one colour only: 1s', input: [[1, 1, 1, 1]] },
    { name: 'one colour only: 2s', input: [[2, 2, 2]] },
    { name: 'already sorted', input: [[0, 0, 1, 1, 1, 2, 2]] },
    { name: 'reversed', input: [[2, 2, 1, 1, 0, 0]] },
    { name: 'a 2 swapped in from the back', input: [[1, 2, 0]] },
    { name: 'a 0 swapped in from the back', input: [[2, 1, 0]] },
    { name: 'no 1s', input: [[2, 0, 2, 0, 0, 2]] },
    { name: 'no 0s', input: [[2, 1, 2, 1]] },
    { name: 'no 2s', input: [[1, 0, 1, 0]] },
    { name: 'random small', seed: 7501, count: 8, make: (rng) => [colours(rng, rng.int(3, 12))] },
    { name: 'random medium', seed: 7502, count: 2, make: (rng) => [colours(rng, rng.int(100, 300))] },
    { name: 'max n, reversed blocks', input: [blocks(N / 4, N / 2, N / 4, true)] },
    { name: 'max n, random', seed: 7503, make: (rng) => [colours(rng, N)] },
    { name: 'max n, one colour only: 0s', input: [blocks(N, 0, 0)] },
    { name: 'max n, already sorted', input: [blocks(30_000, 30_000, 40_000)] },
    { name: 'max n, 0s and 2s only', seed: 7504, make: (rng) => [colours(rng, N, [0, 2])] },
  ],
  complexity: { time: 'O(n), one pass', space: 'O(1)' },
});
