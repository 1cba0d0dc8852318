import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const WORDS_MAX = 100_000;
const QUERIES_MAX = 100_000;
const WORD_LEN_MAX = 15;
const DIGITS_LEN_MAX = 15;
const LIMIT_MAX = 20;
const FREQ_MAX = 1_000_000_000;

const KEYPAD = ['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'];
const DIGIT_OF: Record<string, string> = {};
KEYPAD.forEach((letters, i) => { for (const c of letters) DIGIT_OF[c] = String(i + 2); });
const keyOf = (word: string): string => Array.from(word, (c) => DIGIT_OF[c]).join('');

const word = z.string().regex(/^[a-z]+$/, 'lowercase letters only').max(WORD_LEN_MAX);
const digits = z.string().regex(/^[2-9]+$/, 'digits 2-9 only').max(DIGITS_LEN_MAX);

const input = z
  .tuple([
    z.array(z.enum(['T9Index', 'query'])).min(1).max(QUERIES_MAX + 1),
    z.array(z.array(z.unknown())).max(QUERIES_MAX + 1),
  ])
  .superRefine(([ops, args], ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    if (ops.length !== args.length) return issue(`operations has ${ops.length} entries but arguments has ${args.length}`, [1]);
    if (ops[0] !== 'T9Index') return issue('the first operation must be the constructor "T9Index"', [0, 0]);
    const ctor = z.tuple([z.array(word).min(1).max(WORDS_MAX), z.array(z.number().int().min(1).max(FREQ_MAX))]).safeParse(args[0]);
    if (!ctor.success) return issue(`constructor arguments: ${ctor.error.issues[0]!.message} at ${ctor.error.issues[0]!.path.join('.')}`, [1, 0]);
    const [words, freqs] = ctor.data;
    if (freqs.length !== words.length) issue(`freqs has ${freqs.length} entries but words has ${words.length}`, [1, 0, 1]);
    if (new Set(words).size !== words.length) issue('words must be distinct', [1, 0, 0]);
    const query = z.tuple([digits.min(1), z.number().int().min(1).max(LIMIT_MAX)]);
    for (let i = 1; i < ops.length; i++) {
      if (ops[i] !== 'query') { issue('the constructor may only be the first operation', [0, i]); continue; }
      const q = query.safeParse(args[i]);
      if (!q.success) issue(`query arguments: ${q.error.issues[0]!.message}`, [1, i]);
    }
  });

/** A dictionary of `n` distinct words; lengths 1..maxLen, biased towards 3..8 letters. */
function dictionary(rng: Rng, n: number, maxLen = 10, alphabet = 'abcdefghijklmnopqrstuvwxyz'): string[] {
  const seen = new Set<string>();
  while (seen.size < n) {
    const len = Math.min(maxLen, rng.next() < 0.8 ? rng.int(3, 8) : rng.int(1, maxLen));
    seen.add(rng.string(len, alphabet));
  }
  return [...seen];
}

/** Zipf-like frequencies (rank r gets about 10^8 / r), shuffled over the words; `ties` squeezes them into 1..ties. */
function frequencies(rng: Rng, n: number, ties?: number): number[] {
  const f = Array.from({ length: n }, (_, r) => (ties ? rng.int(1, ties) : Math.max(1, Math.floor(1e8 / (r + 1)) + rng.int(0, 9))));
  return rng.shuffle(f);
}

type Query = [string, number];

/** The LeetCode-style [operations, arguments] pair. */
const encode = (words: string[], freqs: number[], queries: Query[]): [string[], unknown[][]] => [
  ['T9Index', ...queries.map(() => 'query')],
  [[words, freqs], ...queries],
];

/** Queries that mostly hit: a prefix of a dictionary word's key (length in [lo, hi]), sometimes random digits. */
function queries(rng: Rng, words: string[], count: number, lo: number, hi: number, limitMax: number, missRate = 0.1): Query[] {
  return Array.from({ length: count }, (): Query => {
    const limit = rng.int(1, limitMax);
    if (rng.next() < missRate) return [rng.string(rng.int(lo, hi), '23456789'), limit];
    const key = keyOf(rng.pick(words));
    return [key.slice(0, Math.min(key.length, rng.int(lo, hi))), limit];
  });
}

/** Words that collide on a handful of keys: every word is built from one of `keys` base keys. */
function collidingWords(rng: Rng, n: number, keys: number): string[] {
  const bases = Array.from({ length: keys }, () => rng.string(rng.int(3, 7), '23456789'));
  const seen = new Set<string>();
  while (seen.size < n) {
    const base = rng.pick(bases);
    const extra = rng.int(0, 2);
    let w = '';
    for (const d of base) w += rng.pick([...KEYPAD[Number(d) - 2]!]);
    seen.add(w + rng.string(extra));
  }
  return [...seen];
}

export default defineProblem({
  slug: 't9-index',
  section: 'scenarios',
  title: { zh: 'T9 输入法索引', en: 'T9 Predictive Text Index' },
  difficulty: 'medium',
  tags: ['design', 'trie', 'string', 'hash-table', 'sorting', 'scenario'],
  entry: {
    kind: 'class',
    name: 'T9Index',
    constructorParams: [
      { name: 'words', type: 'string[]' },
      { name: 'freqs', type: 'number[]' },
    ],
    methods: [{ name: 'query', params: [{ name: 'digits', type: 'string' }, { name: 'limit', type: 'number' }], returns: 'string[]' }],
  },
  checker: { style: 'exact' },
  limits: { timeMs: 3000, memoryMb: 256 },
  input,
  samples: [
    {
      input: encode(['good', 'home', 'gone', 'hood', 'in', 'go', 'hoof'], [50, 80, 30, 50, 100, 90, 5], [['4663', 3], ['46', 4], ['466', 10], ['2', 5]]),
    },
    { input: encode(['a', 'b', 'c', 'ab', 'ba'], [1, 1, 1, 1, 1], [['2', 10], ['22', 2], ['222', 1]]) },
  ],
  tests: [
    { name: 'one word, exact key', input: encode(['a'], [1], [['2', 1]]) },
    { name: 'one word, no match, longer than the word', input: encode(['hi'], [7], [['44', 5], ['444', 5], ['4', 1], ['5', 3]]) },
    { name: 'pqrs on 7 and wxyz on 9', input: encode(['s', 'v', 'y', 'z', 'pqrs', 'wxyz', 'tuv'], [1, 2, 3, 4, 5, 6, 7], [['7', 5], ['8', 5], ['9', 5], ['7777', 5], ['9999', 5], ['888', 5]]) },
    {
      name: 'ties broken by the word, limit cuts inside a tie',
      input: encode(['hood', 'good', 'home', 'gone', 'hoof', 'inn'], [5, 5, 5, 5, 5, 5], [['4663', 2], ['4663', 4], ['466', 3], ['4', 6]]),
    },
    {
      name: 'prefix matches longer words; the exact key does not come first',
      input: encode(['go', 'good', 'goodbye', 'home', 'in'], [1, 300, 200, 100, 50], [['46', 5], ['4663', 5], ['46632', 5], ['4', 1]]),
    },
    {
      name: 'words that are prefixes of each other',
      input: encode(['a', 'ab', 'abc', 'abcd', 'b', 'ba'], [1, 2, 3, 4, 4, 1], [['2', 6], ['22', 6], ['222', 6], ['2222', 6], ['22222', 6], ['3', 6]]),
    },
    {
      name: 'the same query repeated, with different limits',
      input: encode(['me', 'of', 'od', 'ne', 'nd', 'oe'], [9, 8, 7, 6, 5, 4], [['63', 1], ['63', 2], ['63', 6], ['63', 1], ['6', 3], ['63', 20]]),
    },
    { name: 'limit larger than the matches', input: encode(['cat', 'bat', 'act'], [3, 2, 1], [['228', 20], ['2', 20], ['22', 20]]) },
    {
      name: 'maximum frequencies and 15-letter words',
      input: encode(['abcdefghijklmno', 'pqrstuvwxyzabcd', 'abcdefghijklmnp'], [FREQ_MAX, FREQ_MAX, 1], [['222333444555666', 3], ['2', 3], ['7777888999922', 3]]),
    },
    {
      name: 'random small',
      seed: 161_01,
      count: 4,
      make: (rng) => {
        const words = dictionary(rng, rng.int(1, 30), 6, 'abcdefghijklmnopqrstuvwxyz');
        return encode(words, frequencies(rng, words.length, 4), queries(rng, words, 30, 1, 6, 6, 0.2));
      },
    },
    {
      name: 'random, many collisions and ties',
      seed: 161_02,
      count: 3,
      make: (rng) => {
        const words = collidingWords(rng, 300, 6);
        return encode(words, frequencies(rng, words.length, 3), queries(rng, words, 300, 1, 8, LIMIT_MAX));
      },
    },
    {
      name: 'random medium',
      seed: 161_03,
      count: 2,
      make: (rng) => {
        const words = dictionary(rng, 2000);
        return encode(words, frequencies(rng, words.length), queries(rng, words, 2000, 1, 10, LIMIT_MAX));
      },
    },
    {
      // Short prefixes match ~10^4 words each: collecting and sorting the matches per query is too slow;
      // the long ones are mostly distinct, so caching answers per digit string does not save a linear scan.
      name: '10^5 words × 10^5 queries, short and long prefixes',
      seed: 161_04,
      make: (rng) => {
        const words = dictionary(rng, WORDS_MAX);
        const short = queries(rng, words, QUERIES_MAX / 2, 1, 2, 5, 0);
        const long = queries(rng, words, QUERIES_MAX / 2, 4, 8, 5, 0.05);
        return encode(words, frequencies(rng, words.length), rng.shuffle([...short, ...long]));
      },
    },
    {
      name: '5·10^4 words × 5·10^4 queries, frequencies with many ties',
      seed: 161_05,
      make: (rng) => {
        const words = dictionary(rng, 50_000);
        return encode(words, frequencies(rng, words.length, 20), queries(rng, words, 50_000, 1, 6, 8));
      },
    },
    {
      name: '2·10^4 colliding words × 2·10^4 queries',
      seed: 161_06,
      make: (rng) => {
        const words = collidingWords(rng, 20_000, 40);
        return encode(words, frequencies(rng, words.length), queries(rng, words, 20_000, 2, 9, LIMIT_MAX));
      },
    },
  ],
  complexity: { time: 'O(L) to build, L letters in all (O(20·L) at worst); O(|digits| + limit) per query', space: 'O(L)' },
});
