import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

const word = z.string().max(500).regex(/^[a-z]*$/, 'only lowercase English letters');

export default defineProblem({
  slug: 'edit-distance',
  section: 'hand-coding',
  title: { zh: '编辑距离', en: 'Edit Distance' },
  difficulty: 'medium',
  tags: ['string', 'dynamic-programming'],
  leetcode: 72,
  entry: {
    kind: 'function',
    name: 'minDistance',
    params: [
      { name: 'word1', type: 'string' },
      { name: 'word2', type: 'string' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([word, word]),
  samples: [{ input: ['horse', 'ros'] }, { input: ['intention', 'execution'] }],
  tests: [
    { name: 'both empty', input: ['', ''] },
    { name: 'first empty', input: ['', 'abc'] },
    { name: 'second empty', input: ['abcd', ''] },
    { name: 'identical', input: ['kitten', 'kitten'] },
    { name: 'one letter each, different', input: ['a', 'b'] },
    { name: 'kitten → sitting', input: ['kitten', 'sitting'] },
    { name: 'replace beats delete + insert', input: ['abc', 'xbz'] },
    { name: 'prefix', input: ['inter', 'internationalization'] },
    { name: 'reversed', input: ['abcdef', 'fedcba'] },
    { name: 'no common letters', input: ['aaaa', 'bbbbbb'] },
    {
      name: 'random short, alphabet abc',
      seed: 101,
      count: 6,
      make: (rng) => [rng.string(rng.int(0, 12), 'abc'), rng.string(rng.int(0, 12), 'abc')],
    },
    {
      name: 'random medium',
      seed: 102,
      count: 4,
      make: (rng) => [rng.string(rng.int(50, 150)), rng.string(rng.int(50, 150))],
    },
    { name: 'max 500 × 500, full alphabet', seed: 103, count: 3, make: (rng) => [rng.string(500), rng.string(500)] },
    { name: 'max 500 × 500, alphabet ab', seed: 104, count: 2, make: (rng) => [rng.string(500, 'ab'), rng.string(500, 'ab')] },
    {
      name: 'max, near-identical (a few edits)',
      seed: 105,
      make: (rng) => {
        const a = rng.string(500);
        const chars = a.split('');
        for (let k = 0; k < 5; k++) chars[rng.int(0, 499)] = rng.string(1);
        return [a, chars.join('')];
      },
    },
    { name: 'max against empty', input: ['z'.repeat(500), ''] },
  ],
  complexity: { time: 'O(m·n)', space: 'O(min(m, n))' },
});
