import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const L_MAX = 5000;
const K_MAX = 16;
const V = 1000;
/** Bonus added along the best path of a random instance: it becomes the unique best by at least this. */
const MARGIN = 0.05;

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const vec = (rng: Rng, n: number, scale: number): number[] =>
  Array.from({ length: n }, () => Math.max(-(V - 1), Math.min(V - 1, r4(scale * rng.normal()))));
const mat = (rng: Rng, rows: number, cols: number, scale: number): number[][] => Array.from({ length: rows }, () => vec(rng, cols, scale));

/** Viterbi with lowest-index ties, used only to plant a margin in generated tests. */
function bestPath(e: number[][], a: number[][], start: number[], end: number[]): number[] {
  const k = start.length;
  let score = start.map((s, j) => s + e[0]![j]!);
  const back: number[][] = [];
  for (let t = 1; t < e.length; t++) {
    const ptr: number[] = [];
    const next: number[] = [];
    for (let j = 0; j < k; j++) {
      let bi = 0;
      for (let i = 1; i < k; i++) if (score[i]! + a[i]![j]! > score[bi]! + a[bi]![j]!) bi = i;
      ptr.push(bi);
      next.push(score[bi]! + a[bi]![j]! + e[t]![j]!);
    }
    back.push(ptr);
    score = next;
  }
  let last = 0;
  for (let j = 1; j < k; j++) if (score[j]! + end[j]! > score[last]! + end[last]!) last = j;
  const path = [last];
  for (let t = back.length - 1; t >= 0; t--) path.push(back[t]![path[path.length - 1]!]!);
  return path.reverse();
}

/**
 * A random instance whose best path is unique by a margin: adding MARGIN to the emissions along the
 * best path raises its score by L·MARGIN and that of a path sharing m of its positions by m·MARGIN,
 * so it stays the best and beats every other path by at least MARGIN.
 */
function makeCase(rng: Rng, l: number, k: number, scale: { e: number; a: number; se: number }): unknown[] {
  const e = mat(rng, l, k, scale.e);
  const a = mat(rng, k, k, scale.a);
  const start = vec(rng, k, scale.se);
  const end = vec(rng, k, scale.se);
  const best = bestPath(e, a, start, end);
  best.forEach((j, t) => (e[t]![j] = r4(e[t]![j]! + MARGIN)));
  return [e, a, start, end];
}

const score = z.number().min(-V).max(V);

export default defineProblem({
  slug: 'viterbi-decode',
  section: 'formulas',
  title: { zh: 'CRF 维特比解码', en: 'Viterbi Decoding for a CRF' },
  difficulty: 'medium',
  tags: ['dynamic-programming', 'deep-learning'],
  entry: {
    kind: 'function',
    name: 'viterbiDecode',
    params: [
      { name: 'emissions', type: 'number[][]' },
      { name: 'transitions', type: 'number[][]' },
      { name: 'start', type: 'number[]' },
      { name: 'end', type: 'number[]' },
    ],
    returns: { type: 'number[]' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 2000, memoryMb: 256 },
  input: z
    .tuple([z.array(z.array(score).min(1).max(K_MAX)).min(1).max(L_MAX), z.array(z.array(score)), z.array(score), z.array(score)])
    .refine(([e]) => e.every((row) => row.length === e[0]!.length), { message: 'every row must have K scores', path: [0] })
    .refine(([e, a]) => a.length === e[0]!.length && a.every((row) => row.length === e[0]!.length), { message: 'must be K × K', path: [1] })
    .refine(([e, , s, t]) => s.length === e[0]!.length && t.length === e[0]!.length, 'start and end must have length K'),
  samples: [
    { input: [[[2, 0], [0, 1], [1, 3]], [[0.5, -1], [-0.5, 1]], [0, -1], [0.5, 0]] },
    { input: [[[1.2, 0], [0, 0.5], [0, 0.5]], [[2, -2], [-2, 2]], [0, 0], [0, 0.5]] },
  ],
  tests: [
    { name: 'one position', input: [[[1, 3, 2]], [[0, 0, 0], [0, 0, 0], [0, 0, 0]], [0, 0, 0.5], [0, -2.5, 0]] },
    { name: 'one tag', input: [[[3], [-2], [7], [0]], [[1.5]], [2], [-1]] },
    { name: 'greedy per position fails', input: [[[1.2, 0], [0, 0.5], [0, 0.5]], [[2, -2], [-2, 2]], [0, 0], [0, 0]] },
    { name: 'the end transition flips the path', input: [[[1, 0], [1, 0], [1, 0]], [[2, -2], [-2, 2]], [0, 0], [0, 4]] },
    { name: 'the start transition flips the path', input: [[[1, 0], [1, 0], [1, 0]], [[2, -2], [-2, 2]], [0, 4], [0, 0]] },
    {
      name: 'forbidden transitions (-1000)',
      input: [[[5, 0, 0.3], [0, 0.2, 5], [0.1, 5, 0], [5, 0, 0.4]], [[0, 0.5, -V], [0, 0, 0.7], [0, -V, 0]], [0, 0, 0], [0, 0, 0]],
    },
    { name: 'scores ±1000', input: [[[V, -V], [-V, V], [V, -V]], [[0, -999], [-999, 0]], [0, 0], [0, 0]] },
    {
      name: 'local choice looks good, global path better',
      input: [[[3, 0, 0], [0, 0, 2], [0, 0, 0], [0, 4, 0]], [[0, -3, 0], [-1, 0, -1], [-1, 2, -5]], [0, 0, 0], [0, 0, 0]],
    },
    { name: 'random small', seed: 6_01, count: 6, make: (rng) => makeCase(rng, rng.int(2, 7), rng.int(2, 4), { e: 1, a: 1, se: 1 }) },
    { name: 'random, large start and end', seed: 6_02, count: 2, make: (rng) => makeCase(rng, rng.int(3, 7), rng.int(2, 4), { e: 1, a: 1, se: 5 }) },
    { name: 'medium 50 × 8, strong transitions', seed: 6_03, make: (rng) => makeCase(rng, 50, 8, { e: 1, a: 3, se: 3 }) },
    { name: 'medium 300 × 12', seed: 6_04, count: 2, make: (rng) => makeCase(rng, 300, 12, { e: 2, a: 2, se: 4 }) },
    { name: 'scores up to ±1000', seed: 6_05, make: (rng) => makeCase(rng, 100, 6, { e: 300, a: 300, se: 300 }) },
    { name: 'max 5000 × 16', seed: 6_06, make: (rng) => makeCase(rng, L_MAX, K_MAX, { e: 1, a: 2, se: 5 }) },
    { name: 'max length, 5000 × 4, strong end', seed: 6_07, make: (rng) => makeCase(rng, L_MAX, 4, { e: 1, a: 1.5, se: 20 }) },
  ],
  complexity: { time: 'O(L·K²)', space: 'O(L·K)' },
});
