import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_WORDS = 100_000;
const MAX_LEN = 20;
const MAX_DISTINCT = 500;
const MAX_MERGES = 300;

const SYLLABLES = ['th', 'e', 'in', 'er', 'an', 're', 'on', 'at', 'en', 'nd', 'ing', 'ed', 's', 'low', 'new', 'est', 'wid', 'a', 'o', 'i', 'st', 'tion', 'al', 'ly', 'un', 'de', 'pre', 'ex', 'ab', 'ba'];

/** `n` distinct words made of 1–4 syllables (shared pieces, as in natural text). */
function vocabulary(rng: Rng, n: number, syllables = SYLLABLES): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    let w = '';
    const parts = rng.int(1, 4);
    for (let i = 0; i < parts; i++) w += rng.pick(syllables);
    if (w.length <= MAX_LEN) out.add(w);
  }
  return [...out];
}

/** A corpus of `size` words drawn from `vocab` with Zipf frequencies (rank r has weight 1/(r + 1)). */
function zipfCorpus(rng: Rng, vocab: string[], size: number): string[] {
  const cum: number[] = [];
  let total = 0;
  for (let r = 0; r < vocab.length; r++) cum.push((total += 1 / (r + 1)));
  return Array.from({ length: size }, () => {
    const u = rng.next() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return vocab[lo]!;
  });
}

const repeat = (w: string, n: number): string[] => new Array<string>(n).fill(w);

export default defineProblem({
  slug: 'bpe-merges',
  section: 'llm',
  title: { zh: 'BPE 分词：训练合并规则', en: 'BPE Tokenizer Training' },
  difficulty: 'medium',
  tags: ['llm', 'string', 'hash-table', 'heap', 'greedy'],
  entry: {
    kind: 'function',
    name: 'bpeTrain',
    params: [
      { name: 'words', type: 'string[]' },
      { name: 'numMerges', type: 'number' },
    ],
    returns: { type: '[string, string][]' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 3000, memoryMb: 256 },
  input: z
    .tuple([
      z.array(z.string().min(1).max(MAX_LEN).regex(/^[a-z]+$/, 'only lowercase English letters')).min(1).max(MAX_WORDS),
      z.number().int().min(0).max(MAX_MERGES),
    ])
    .refine(([words]) => new Set(words).size <= MAX_DISTINCT, { message: `at most ${MAX_DISTINCT} distinct words`, path: [0] }),
  samples: [
    { input: [['hug', 'hug', 'pug', 'pun', 'bun', 'hugs'], 4] },
    { input: [['aaa', 'ab', 'ba'], 10] },
  ],
  tests: [
    { name: 'numMerges = 0', input: [['hello', 'world'], 0] },
    { name: 'single letters only: no pair at all', input: [['a', 'b', 'a', 'z'], 5] },
    { name: 'one word, stop when it is one symbol', input: [['banana'], 100] },
    { name: '"aaa": overlapping pairs count twice, merge left to right', input: [['aaa'], 5] },
    { name: '"aaaa" → aa aa', input: [['aaaa'], 5] },
    { name: 'a run of 20 letters', input: [['aaaaaaaaaaaaaaaaaaaa', 'aaaaaaa'], 20] },
    { name: 'repeated pair inside one word beats a pair in two words', input: [['aaaa', 'ab', 'ab'], 3] },
    { name: 'tie: lexicographically smaller pair first, not first seen', input: [['ba', 'ab'], 2] },
    { name: 'tie on the first symbol: smaller second symbol', input: [['ac', 'ab', 'ca'], 1] },
    { name: 'tie: compare the first symbols, then the second ("b"+"z" before "bc"+"a")', input: [['bca', 'bca', 'bz', 'bz'], 3] },
    { name: 'a merge must not reach across symbols ("ab c" is not "a bc")', input: [['abc', ...repeat('ab', 3), ...repeat('bc', 2)], 5] },
    { name: 'Sennrich example: low, lower, newest, widest', input: [[...repeat('low', 5), ...repeat('lower', 2), ...repeat('newest', 6), ...repeat('widest', 3)], 10] },
    { name: 'word counts matter (repeated words)', input: [[...repeat('xy', 3), 'zw', 'zw', 'zw', 'zw'], 1] },
    { name: 'random small over "ab" (many ties)', seed: 133_01, count: 4, make: (rng) => [Array.from({ length: rng.int(1, 8) }, () => rng.string(rng.int(1, 8), 'ab')), rng.int(1, 12)] },
    { name: 'random small over "abc"', seed: 133_02, count: 3, make: (rng) => [Array.from({ length: rng.int(5, 20) }, () => rng.string(rng.int(1, 10), 'abc')), rng.int(5, 30)] },
    { name: 'random medium, natural-like vocabulary', seed: 133_03, count: 2, make: (rng) => [zipfCorpus(rng, vocabulary(rng, 100), 2000), 150] },
    { name: 'runs until every word is one symbol', seed: 133_04, make: (rng) => [zipfCorpus(rng, vocabulary(rng, 30), 300), MAX_MERGES] },
    { name: 'max: 10^5 words from 500 distinct, 300 merges', seed: 133_05, make: (rng) => [zipfCorpus(rng, vocabulary(rng, MAX_DISTINCT), MAX_WORDS), MAX_MERGES] },
    { name: 'max: 500 distinct random words, 300 merges', seed: 133_06, make: (rng) => [vocabulary(rng, MAX_DISTINCT, 'abcdefghijklmnopqrstuvwxyz'.split('')).map((w) => w + rng.string(rng.int(0, MAX_LEN - w.length), 'etaoinshr')), MAX_MERGES] },
  ],
  complexity: { time: 'O(N + M·K·L·log P) (N corpus letters, M merges, K words touched per merge, L word length, P pairs)', space: 'O(U·L + P) (U distinct words)' },
});
