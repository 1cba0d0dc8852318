import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const L = 1_000_000;

/** Everyday words, contractions and a few capitalised names: the head of a Zipf-like vocabulary. */
const COMMON = (
  "the of and to a in is it you that he was for on are with as i his they be at one have this from or had by " +
  "not word but what some we can out other were all there when up use your how said an each she which do their " +
  "time if will way about many then them write would like so these her long make thing see him two has look " +
  "don't it's can't won't i'm you're isn't didn't doesn't that's let's o'clock rock'n'roll ma'am y'all " +
  "more day could go come did number sound no most people my over know water than call first who may down side " +
  "been now find any new work part take get place made live where after back little only round man year came"
).split(' ');

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const PUNCT = ['.', ',', ';', ':', '!', '?', '...', ' -', '--', ')', '"'];

/** A vocabulary: the common words, then made-up words (some with an inner apostrophe) up to `size`. */
function vocabulary(rng: Rng, size: number): string[] {
  const words = new Set(COMMON);
  while (words.size < size) {
    let w = rng.string(rng.int(2, 9), LETTERS);
    if (rng.next() < 0.05) w += "'" + rng.string(rng.int(1, 3), LETTERS);
    words.add(w);
  }
  return [...words];
}

/** Roughly Zipf: index i is drawn with probability about proportional to 1 / (i + 1). */
const zipf = (rng: Rng, size: number): number => Math.min(size - 1, Math.floor(Math.exp(rng.next() * Math.log(size + 1))) - 1);

function recase(rng: Rng, w: string): string {
  const r = rng.next();
  if (r < 0.7) return w;
  if (r < 0.85) return w[0]!.toUpperCase() + w.slice(1);
  if (r < 0.93) return w.toUpperCase();
  return Array.from(w, (c) => (rng.next() < 0.5 ? c.toUpperCase() : c)).join('');
}

/** How a word appears in running text: bare, quoted, possessive, followed by punctuation, … */
function decorate(rng: Rng, w: string): string {
  const r = rng.next();
  if (r < 0.6) return w;
  if (r < 0.75) return w + rng.pick(PUNCT);
  if (r < 0.8) return `'${w}'`;
  if (r < 0.84) return `"${w}"`;
  if (r < 0.88) return `${w}'`;
  if (r < 0.9) return `'${w}`;
  if (r < 0.93) return `(${w}`;
  if (r < 0.95) return `${w}-${recase(rng, rng.pick(COMMON))}`;
  if (r < 0.97) return `${w}_${rng.int(0, 99)}`;
  return `${rng.int(0, 2025)}`;
}

const SEPARATORS = [' ', ' ', ' ', ' ', ' ', ' ', ' ', '\n', '  ', '\t', ' -- ', "'' ", ' ... '];

/** A text of about `length` characters (at most `length`) from `nextWord`. */
function text(rng: Rng, length: number, nextWord: () => string): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const piece = decorate(rng, nextWord()) + rng.pick(SEPARATORS);
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, length);
}

function prose(rng: Rng, length: number, vocabSize: number): string {
  const vocab = vocabulary(rng, vocabSize);
  return text(rng, length, () => recase(rng, vocab[zipf(rng, vocab.length)]!));
}

/** Random 3-letter words: nearly all 26³ = 17,576 of them occur, each about ten times. */
const threeLetterWords = (rng: Rng, length: number): string => text(rng, length, () => recase(rng, rng.string(3, LETTERS)));

const input = z.tuple([
  z
    .string()
    .max(L)
    .regex(/^[\t\n\r\x20-\x7e]*$/, 'only printable ASCII characters, spaces, tabs and line breaks'),
]);

export default defineProblem({
  slug: 'word-frequency-sort',
  section: 'sorting',
  title: { zh: '词频统计与多关键字排序', en: 'Word Frequency Ranking' },
  difficulty: 'medium',
  tags: ['string', 'hash-table', 'sorting'],
  entry: {
    kind: 'function',
    name: 'rankWords',
    params: [{ name: 'text', type: 'string' }],
    returns: { type: '[string, number][]' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 2000, memoryMb: 256 },
  input,
  samples: [
    { input: ['The cat and the hat. THE END, the end!'] },
    { input: ["Don't stop; don't STOP. 'Tis the students' books."] },
    { input: ['b a c b a c -- 42 e-mail'] },
  ],
  tests: [
    { name: 'empty text', input: [''] },
    { name: 'no letters at all', input: ['123 456, -- !?\n\t789'] },
    { name: 'apostrophes only', input: ["' '' ''' '"] },
    { name: 'one word', input: ['Hello'] },
    { name: 'case folding', input: ['Apple apple APPLE aPPle'] },
    { name: 'ties in alphabetical order', input: ['pear fig apple fig pear apple'] },
    { name: 'ties where one word is a prefix of another', input: ['and an a and an a'] },
    { name: 'count before the alphabet', input: ['zebra Zebra apple'] },
    { name: "it's vs its: the apostrophe sorts before letters", input: ["its it's ITS It's"] },
    { name: 'quotes and possessives', input: ["'quoted' students' 'tis rock'n'roll o'clock"] },
    { name: 'two apostrophes in a row split a word', input: ["a''b x' 'y don''t"] },
    { name: 'digits, hyphens and underscores separate words', input: ['abc123def under_score e-mail x2y'] },
    { name: 'words that are Object.prototype keys', input: ['The constructor calls toString and valueOf; hasOwnProperty? The CONSTRUCTOR!'] },
    { name: 'all kinds of whitespace', input: ['one\ttwo\nthree\r\nfour  five\n\n one'] },
    { name: 'punctuation glued to words', input: ['end.Start,middle;colon:bang!ask?(paren)[bracket]{brace}"dq"'] },
    { name: 'random short prose', seed: 7201, count: 5, make: (rng) => [prose(rng, rng.int(20, 300), 40)] },
    { name: 'random prose, 10^4 characters', seed: 7202, count: 2, make: (rng) => [prose(rng, 10_000, 2000)] },
    { name: 'max length, random 3-letter words (~17,600 distinct)', seed: 7203, make: (rng) => [threeLetterWords(rng, L)] },
    { name: 'max length, Zipf prose', seed: 7204, make: (rng) => [prose(rng, L, 20_000)] },
    { name: 'max length, one word repeated', input: ['a '.repeat(L / 2)] },
    { name: "max length, apostrophes everywhere", input: ["'a' b'c ''d'' e' ".repeat(L / 20)] },
  ],
  complexity: { time: 'O(L + D log D), L characters, D distinct words', space: 'O(L)' },
});
