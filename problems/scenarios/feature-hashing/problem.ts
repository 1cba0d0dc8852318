import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 100_000;
const LEN_MAX = 100;
const DIM_MAX = 2 ** 31 - 1;

/** A lone surrogate: half of a UTF-16 pair without the other half (not valid Unicode text). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const feature = z
  .string()
  .max(LEN_MAX)
  .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode (no lone surrogate)');

/** Code point ranges to draw characters from: 1-, 2-, 3- and 4-byte UTF-8. */
const RANGES: Record<string, [number, number][]> = {
  ascii: [[0x61, 0x7a], [0x30, 0x39], [0x5f, 0x5f]],
  latin: [[0xc0, 0xff], [0x410, 0x44f]],
  cjk: [[0x4e00, 0x9fa5]],
  emoji: [[0x1f300, 0x1f64f], [0x1f680, 0x1f6ff]],
};

function text(rng: Rng, n: number, kinds: string[]): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const [lo, hi] = rng.pick(RANGES[rng.pick(kinds)]!);
    s += String.fromCodePoint(rng.int(lo, hi));
  }
  return s;
}

const FIELDS = ['city', 'user_id', 'item', 'query', 'device', 'age_bucket', 'gender', 'tag'];

/** Categorical features "field=value" (values drawn from a small vocabulary per field, so features repeat). */
function categorical(rng: Rng, n: number, vocab: number, kinds: string[]): string[] {
  const values = FIELDS.map(() => Array.from({ length: vocab }, () => text(rng, rng.int(1, 6), kinds)));
  return Array.from({ length: n }, () => {
    const f = rng.int(0, FIELDS.length - 1);
    return `${FIELDS[f]}=${rng.pick(values[f]!)}`;
  });
}

export default defineProblem({
  slug: 'feature-hashing',
  section: 'scenarios',
  title: { zh: '百万维离散特征：特征哈希', en: 'Feature Hashing for Million-Dimensional Sparse Features' },
  difficulty: 'medium',
  tags: ['hash-table', 'bit-manipulation', 'string', 'machine-learning', 'scenario'],
  entry: {
    kind: 'function',
    name: 'hashFeatures',
    params: [
      { name: 'features', type: 'string[]' },
      { name: 'dim', type: 'number' },
    ],
    returns: { type: '[number, number][]' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 2000, memoryMb: 256 },
  input: z.tuple([z.array(feature).max(N), z.number().int().min(1).max(DIM_MAX)]),
  samples: [{ input: [['dog', 'cat', 'snake'], 8] }, { input: [['a', '😀', 'city=上海', 'age=25', 'age=25'], 10] }],
  tests: [
    { name: 'no features', input: [[], 16] },
    { name: 'the empty string (hash 0, sign +)', input: [[''], 1_048_576] },
    { name: 'dim = 1: every feature collides', input: [['dog', 'cat', 'snake', 'bird', 'a', '', 'age=25'], 1] },
    { name: 'dim = 2^31 - 1', input: [['dog', 'cat', 'snake', 'bird', 'user_id=123456789'], DIM_MAX] },
    { name: 'a feature and its cancelling partner', input: [['a', '😀', 'a', '😀', '😀'], 10] },
    { name: 'tails of 0 to 3 bytes', input: [['a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef', 'abcdefg', 'abcdefgh'], 1_000_003] },
    { name: 'sklearn docstring rows', input: [['snake', 'dog', 'cat', 'bird'], 8] },
    { name: 'Chinese features (3-byte UTF-8)', input: [['城市=北京', '城市=上海', '城市=深圳', '性别=女', '年龄段=25-30', '兴趣=篮球'], 1024] },
    { name: 'emoji (4-byte UTF-8, surrogate pairs in UTF-16)', input: [['😀', '🍎', 'item=🍎', '👍👍', 'tag=🚀x'], 4096] },
    { name: 'accents and Cyrillic (2-byte UTF-8)', input: [['café', 'naïve', 'Ölfeld', 'Москва', 'ß'], 65_536] },
    { name: 'one long feature of 100 characters', input: [['城'.repeat(50) + 'x'.repeat(50)], 1_048_576] },
    {
      name: 'random small, tiny dim (many collisions)',
      seed: 163_01,
      count: 4,
      make: (rng) => [categorical(rng, rng.int(1, 40), 3, ['ascii', 'cjk']), rng.int(1, 8)],
    },
    {
      name: 'random, every kind of character',
      seed: 163_02,
      count: 3,
      make: (rng) => [Array.from({ length: rng.int(50, 300) }, () => text(rng, rng.int(0, 12), ['ascii', 'latin', 'cjk', 'emoji'])), rng.pick([97, 1024, 1_048_576, DIM_MAX])],
    },
    { name: '10^5 categorical features, dim 2^20', seed: 163_03, make: (rng) => [categorical(rng, N, 2000, ['ascii', 'cjk', 'emoji']), 1_048_576] },
    { name: '10^5 features, dim 1000 (heavy collisions)', seed: 163_04, make: (rng) => [categorical(rng, N, 5000, ['ascii', 'latin']), 1000] },
    {
      name: '10^4 long features of 20 to 50 characters',
      seed: 163_05,
      make: (rng) => [Array.from({ length: 10_000 }, () => text(rng, rng.int(20, 50), ['ascii', 'cjk', 'emoji']).slice(0, LEN_MAX)), 2 ** 24],
    },
  ],
  complexity: { time: 'O(total UTF-8 bytes + m log m), m distinct indices', space: 'O(m)' },
});
