import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const L = 500;
const word = z.string().max(L).regex(/^[a-z]*$/, 'only lowercase English letters');

/** The edit distance, computed here independently of the reference solution. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! : 1 + Math.min(prev[j - 1]!, prev[j]!, cur[j - 1]!);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

const INDEX = '(0|[1-9][0-9]*)';
const INSERT = new RegExp(`^insert ${INDEX} ([a-z])$`);
const DELETE = new RegExp(`^delete ${INDEX}$`);
const REPLACE = new RegExp(`^replace ${INDEX} ([a-z])$`);

/** Replays the script on word1: it must be well formed, reach word2, and be as short as possible. */
function check({ input, output }: { input: unknown[]; output: unknown }): true | string {
  const [word1, word2] = input as [string, string];
  if (!Array.isArray(output)) return 'the answer must be an array of strings';
  const d = distance(word1, word2);
  const cur = word1.split('');
  for (let k = 0; k < output.length; k++) {
    const op = output[k];
    const where = `operation ${k} (${JSON.stringify(op)})`;
    if (typeof op !== 'string') return `${where} is not a string`;
    let m: RegExpExecArray | null;
    if ((m = INSERT.exec(op))) {
      const i = Number(m[1]);
      if (i > cur.length) return `${where}: index ${i} is out of range, the current string has length ${cur.length} (insert allows 0..${cur.length})`;
      cur.splice(i, 0, m[2]!);
    } else if ((m = DELETE.exec(op))) {
      const i = Number(m[1]);
      if (i >= cur.length) return `${where}: index ${i} is out of range, the current string has length ${cur.length}`;
      cur.splice(i, 1);
    } else if ((m = REPLACE.exec(op))) {
      const i = Number(m[1]);
      if (i >= cur.length) return `${where}: index ${i} is out of range, the current string has length ${cur.length}`;
      cur[i] = m[2]!;
    } else {
      return `${where} is malformed: expected "insert i c", "delete i" or "replace i c"`;
    }
  }
  const result = cur.join('');
  if (result !== word2) {
    const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
    return `after the ${output.length} operations the string is ${show(result)}, not word2 = ${show(word2)}`;
  }
  if (output.length !== d) return `the script turns word1 into word2 with ${output.length} operations, but the edit distance is ${d}`;
  return true;
}

/** `a` with `count` random single edits (replace, insert or delete). */
function mutate(rng: Rng, a: string, count: number, alphabet: string): string {
  const chars = a.split('');
  for (let k = 0; k < count; k++) {
    const kind = chars.length === 0 ? 1 : rng.int(0, 2);
    const c = alphabet[rng.int(0, alphabet.length - 1)]!;
    if (kind === 0) chars[rng.int(0, chars.length - 1)] = c;
    else if (kind === 1 && chars.length < L) chars.splice(rng.int(0, chars.length), 0, c);
    else if (chars.length > 0) chars.splice(rng.int(0, chars.length - 1), 1);
  }
  return chars.join('');
}

export default defineProblem({
  slug: 'edit-script',
  section: 'hand-coding',
  title: { zh: '输出编辑距离的操作序列', en: 'Edit Script' },
  difficulty: 'hard',
  tags: ['string', 'dynamic-programming'],
  entry: {
    kind: 'function',
    name: 'editScript',
    params: [
      { name: 'word1', type: 'string' },
      { name: 'word2', type: 'string' },
    ],
    returns: { type: 'string[]' },
  },
  checker: { style: 'validator', check },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([word, word]),
  samples: [{ input: ['horse', 'ros'] }, { input: ['intention', 'execution'] }, { input: ['', 'ab'] }],
  tests: [
    { name: 'both empty', input: ['', ''] },
    { name: 'first empty', input: ['', 'abc'] },
    { name: 'second empty', input: ['abcd', ''] },
    { name: 'identical', input: ['kitten', 'kitten'] },
    { name: 'one letter each, different', input: ['a', 'b'] },
    { name: 'insert at the front', input: ['bc', 'abc'] },
    { name: 'delete at the front', input: ['abc', 'bc'] },
    { name: 'inserts in the middle', input: ['ad', 'abcd'] },
    { name: 'kitten → sitting', input: ['kitten', 'sitting'] },
    { name: 'replacements only', input: ['abcdef', 'axcyez'] },
    { name: 'reversed', input: ['abcdef', 'fedcba'] },
    { name: 'prefix', input: ['inter', 'internationalization'] },
    { name: 'no common letters, different lengths', input: ['aaaa', 'bbbbbb'] },
    {
      name: 'random short, alphabet abc',
      seed: 61,
      count: 6,
      make: (rng) => [rng.string(rng.int(0, 12), 'abc'), rng.string(rng.int(0, 12), 'abc')],
    },
    {
      name: 'random medium, a few edits apart',
      seed: 62,
      count: 3,
      make: (rng) => {
        const a = rng.string(rng.int(50, 150), 'abcde');
        return [a, mutate(rng, a, rng.int(5, 30), 'abcde')];
      },
    },
    { name: 'max 500 × 500, full alphabet', seed: 63, count: 2, make: (rng) => [rng.string(L), rng.string(L)] },
    { name: 'max 500 × 500, alphabet ab', seed: 64, make: (rng) => [rng.string(L, 'ab'), rng.string(L, 'ab')] },
    {
      name: 'max, near-identical (a few edits)',
      seed: 65,
      make: (rng) => {
        const a = rng.string(L - 10);
        return [a, mutate(rng, a, 8, 'abcdefghijklmnopqrstuvwxyz')];
      },
    },
    { name: 'max against empty', input: ['z'.repeat(L), ''] },
    { name: 'empty against max', input: ['', 'y'.repeat(L)] },
    { name: 'max, lengths 500 and 250', seed: 66, make: (rng) => [rng.string(L, 'abc'), rng.string(L / 2, 'abc')] },
  ],
  complexity: { time: 'O(m·n)', space: 'O(m·n)' },
});
