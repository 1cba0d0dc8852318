import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const K_MAX = 1000;
const ADDS_MAX = 1_000_000;
const TOPS_MAX = 10_000;
/** Bounds the output: k × (number of top() calls). */
const OUTPUT_MAX = 200_000;

const TOKEN = /^(?:\?|[a-z]{1,8})$/;

const input = z
  .tuple([z.number().int().min(1).max(K_MAX), z.string().min(1).max(10_000_000)])
  .superRefine(([k, stream], ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message, path: [1] });
    const tokens = stream.split(' ');
    let adds = 0;
    let tops = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!TOKEN.test(t)) return issue(`token #${i + 1} ${JSON.stringify(t.slice(0, 20))} is neither "?" nor 1 to 8 lowercase letters (tokens are separated by single spaces)`);
      if (t === '?') tops++;
      else adds++;
    }
    if (adds > ADDS_MAX) issue(`${adds} adds, at most ${ADDS_MAX}`);
    if (tops > TOPS_MAX) issue(`${tops} top() calls, at most ${TOPS_MAX}`);
    if (k * tops > OUTPUT_MAX) issue(`k × (top() calls) = ${k * tops}, at most ${OUTPUT_MAX}`);
  });

/** Bijective base-26 name of n >= 0: a..z, aa..zz, aaa.. */
function name(n: number): string {
  let s = '';
  for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * `distinct` item names, the most frequent ranks getting the shortest names (as in real logs), shuffled
 * within each length so that alphabetical order says nothing about frequency.
 */
function itemNames(rng: Rng, distinct: number): string[] {
  const names = Array.from({ length: distinct }, (_, i) => name(i));
  const out: string[] = [];
  for (let lo = 0; lo < distinct; ) {
    let hi = lo;
    while (hi < distinct && names[hi]!.length === names[lo]!.length) hi++;
    out.push(...rng.shuffle(names.slice(lo, hi)));
    lo = hi;
  }
  return out;
}

/** A sampler of ranks 0..n-1 with P(r) ∝ 1 / (r + 1)^s (s = 0: uniform). */
function zipf(rng: Rng, n: number, s: number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cdf[r] = total += 1 / (r + 1) ** s;
  return () => {
    const u = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** `adds` items from a Zipf(s) distribution over `distinct` names, with a `?` after every `every` adds. */
function stream(rng: Rng, adds: number, distinct: number, s: number, every: number): string {
  const names = itemNames(rng, distinct);
  const draw = zipf(rng, distinct, s);
  const tokens: string[] = [];
  for (let i = 1; i <= adds; i++) {
    tokens.push(names[draw()]!);
    if (i % every === 0) tokens.push('?');
  }
  if (tokens[tokens.length - 1] !== '?') tokens.push('?');
  return tokens.join(' ');
}

/** A small random stream: `?` with probability pTop, otherwise one of `distinct` items uniformly. */
function smallStream(rng: Rng, length: number, distinct: number, pTop: number): string {
  const names = itemNames(rng, distinct);
  const tokens = Array.from({ length }, () => (rng.next() < pTop ? '?' : rng.pick(names)));
  tokens.push('?');
  return tokens.join(' ');
}

export default defineProblem({
  slug: 'top-k-frequent-stream',
  section: 'scenarios',
  title: { zh: '数据流中的 Top K 高频元素', en: 'Top K Frequent Items in a Stream' },
  difficulty: 'hard',
  tags: ['design', 'heap', 'hash-table', 'string', 'scenario'],
  entry: {
    kind: 'class',
    name: 'TopKCounter',
    constructorParams: [{ name: 'k', type: 'number' }],
    methods: [
      { name: 'add', params: [{ name: 'item', type: 'string' }], returns: 'void' },
      { name: 'top', params: [], returns: 'string[]' },
    ],
  },
  checker: { style: 'exact' },
  limits: { timeMs: 3000, memoryMb: 256 },
  input,
  samples: [{ input: [2, 'apple banana apple ? cherry banana banana ? cherry cherry ?'] }, { input: [3, '? dog cat ant ? bee ?'] }],
  tests: [
    { name: 'top() before any add', input: [3, '? a ?'] },
    { name: 'k = 1, ties broken by the item', input: [1, 'b a ? b ? a ? c c c ?'] },
    { name: 'k larger than the distinct items', input: [10, 'x y x ? z ?'] },
    { name: 'the k-th place decided by a tie', input: [3, 'e d c b a ? e ? d ? c c ?'] },
    { name: 'an evicted item comes back', input: [2, 'a a b b c c c ? a a ? b b b ? c ?'] },
    { name: 'one item, many times', input: [5, `${Array.from({ length: 1000 }, () => 'zz').join(' ')} ?`] },
    { name: 'prefixes in alphabetical order', input: [4, 'b ab aa a zzzzzzzz ? aaaaaaaa ? b ab ?'] },
    { name: 'a top() after every add', seed: 162_01, make: (rng) => [3, smallStream(rng, 400, 6, 0.5)] },
    { name: 'random small', seed: 162_02, count: 4, make: (rng) => [rng.int(1, 5), smallStream(rng, rng.int(1, 60), rng.int(1, 8), 0.3)] },
    { name: 'random medium, many ties', seed: 162_03, count: 3, make: (rng) => [rng.int(1, 20), smallStream(rng, 2000, 50, 0.1)] },
    // A full sort per top() is 10^4 sorts of 2·10^4 items.
    { name: '10^6 adds, Zipf over 2·10^4 items, k = 10, top() every 100 adds', seed: 162_04, make: (rng) => [10, stream(rng, ADDS_MAX, 20_000, 1, 100)] },
    { name: '3·10^5 adds, Zipf over 3·10^4 items, k = 1000, top() every 1500 adds', seed: 162_05, make: (rng) => [1000, stream(rng, 300_000, 30_000, 0.8, 1500)] },
    { name: '2·10^5 adds, uniform over 2·10^4 items (many ties), k = 100', seed: 162_06, make: (rng) => [100, stream(rng, 200_000, 20_000, 0, 100)] },
    { name: '10^5 adds over 500 items, k = 1000 (more than the items)', seed: 162_07, make: (rng) => [1000, stream(rng, 100_000, 500, 1.2, 500)] },
    { name: '2·10^5 adds, steep Zipf, k = 50', seed: 162_08, make: (rng) => [50, stream(rng, 200_000, 5000, 1.5, 50)] },
  ],
  complexity: { time: 'O(log k) per add, O(k log k) per top()', space: 'O(distinct items)' },
});
