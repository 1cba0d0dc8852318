import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 8;

/** A random word of length n whose letters come from the first `k` letters of the alphabet. */
const word = (rng: Rng, n: number, k: number): string => rng.string(n, 'abcdefghijklmnopqrstuvwxyz'.slice(0, k));

export default defineProblem({
  slug: 'string-permutations',
  section: 'dfs-bfs',
  title: { zh: '字符串的排列', en: 'Permutations of a String' },
  difficulty: 'medium',
  tags: ['string', 'backtracking', 'dfs', 'recursion'],
  entry: {
    kind: 'function',
    name: 'permutation',
    params: [{ name: 's', type: 'string' }],
    returns: { type: 'string[]' },
  },
  checker: { style: 'unordered' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([z.string().min(1).max(N).regex(/^[a-z]*$/, 'only lowercase English letters')]),
  samples: [{ input: ['abc'] }, { input: ['aab'] }],
  tests: [
    { name: 'one letter', input: ['x'] },
    { name: 'two equal letters', input: ['aa'] },
    { name: 'two different letters', input: ['ba'] },
    { name: 'equal letters not adjacent', input: ['aba'] },
    { name: 'two pairs', input: ['abab'] },
    { name: 'pairs in mirrored order', input: ['abba'] },
    { name: 'one odd letter among equal ones', input: ['aaab'] },
    { name: 'max length, all letters equal', input: ['z'.repeat(N)] },
    { name: 'max length, all distinct', input: ['abcdefgh'] },
    { name: 'max length, all distinct, shuffled', input: ['hdaegbfc'] },
    { name: 'max length, four pairs, interleaved', input: ['dcbadcba'] },
    { name: 'max length, two blocks of four', input: ['aaaabbbb'] },
    { name: 'max length, alternating', input: ['babababa'] },
    { name: 'max length, seven equal and one different', input: ['cccccccd'] },
    { name: 'max length, one triple, one pair, three singles', input: ['ecaabxaz'] },
    { name: 'random short', seed: 21, count: 3, make: (rng) => [word(rng, rng.int(3, 6), 3)] },
    { name: 'random max length, alphabet abc', seed: 22, count: 2, make: (rng) => [word(rng, N, 3)] },
    { name: 'random max length, alphabet abcdef', seed: 23, count: 2, make: (rng) => [word(rng, N, 6)] },
    { name: 'random max length, full alphabet', seed: 24, make: (rng) => [word(rng, N, 26)] },
  ],
  complexity: { time: 'O(n · P), P the number of distinct permutations (at most n!)', space: 'O(n) besides the output' },
});
