import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 16;

/** A random word of length n whose letters come from the first `k` letters of the alphabet. */
const word = (rng: Rng, n: number, k: number): string => rng.string(n, 'abcdefghijklmnopqrstuvwxyz'.slice(0, k));

export default defineProblem({
  slug: 'all-subsequences',
  section: 'dfs-bfs',
  title: { zh: '字符串的所有子序列', en: 'All Subsequences of a String' },
  difficulty: 'medium',
  tags: ['string', 'backtracking', 'dfs', 'recursion', 'hash-table'],
  entry: {
    kind: 'function',
    name: 'allSubsequences',
    params: [{ name: 's', type: 'string' }],
    returns: { type: 'string[]' },
  },
  checker: { style: 'unordered' },
  limits: { timeMs: 1000, memoryMb: 256 },
  input: z.tuple([z.string().max(N).regex(/^[a-z]*$/, 'only lowercase English letters')]),
  samples: [{ input: ['abc'] }, { input: ['aba'] }, { input: ['aaa'] }],
  tests: [
    // The quadratic "dedupe with includes" dies here first: 65535 distinct answers.
    { name: 'max length, 16 distinct letters', input: ['abcdefghijklmnop'] },
    { name: 'empty string', input: [''] },
    { name: 'one letter', input: ['z'] },
    { name: 'two equal letters', input: ['aa'] },
    { name: 'two different letters', input: ['ba'] },
    { name: 'order matters (not sets)', input: ['cab'] },
    { name: 'palindrome', input: ['abcba'] },
    { name: 'max length, all letters equal', input: ['q'.repeat(N)] },
    { name: 'max length, alternating two letters', input: ['ab'.repeat(N / 2)] },
    { name: 'max length, pairs of equal letters', input: ['aabbccddeeffgghh'] },
    { name: 'max length, 16 distinct letters, descending', input: ['ponmlkjihgfedcba'] },
    { name: 'max length, a block then a different block', input: ['a'.repeat(8) + 'b'.repeat(8)] },
    { name: 'max length, one odd letter in the middle', input: ['xxxxxxxyxxxxxxxx'] },
    { name: 'random short, alphabet ab', seed: 11, count: 3, make: (rng) => [word(rng, rng.int(1, 8), 2)] },
    { name: 'random medium, alphabet abc', seed: 12, count: 3, make: (rng) => [word(rng, rng.int(9, 14), 3)] },
    { name: 'random max length, alphabet abcd', seed: 13, count: 2, make: (rng) => [word(rng, N, 4)] },
    { name: 'random max length, full alphabet', seed: 14, count: 2, make: (rng) => [word(rng, N, 26)] },
    { name: 'random max length, 8 letters', seed: 15, make: (rng) => [word(rng, N, 8)] },
  ],
  complexity: { time: 'O(26·D + L), D distinct subsequences of total length L (at most 2ⁿ and n·2ⁿ⁻¹)', space: 'O(26·n) besides the output' },
});
