import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const L_MAX = 2000;
const K_MAX = 16;
const V = 1000;

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const vec = (rng: Rng, n: number, scale: number): number[] =>
  Array.from({ length: n }, () => Math.max(-V, Math.min(V, r4(scale * rng.normal()))));
const mat = (rng: Rng, rows: number, cols: number, scale: number): number[][] => Array.from({ length: rows }, () => vec(rng, cols, scale));

/** The highest-scoring tag sequence (Viterbi), used to make tests whose gold path is the best one. */
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

/** A random CRF; the gold tags are random or (gold = 'best') the Viterbi path. */
function makeCase(rng: Rng, l: number, k: number, scale: number, gold: 'random' | 'best' = 'random'): unknown[] {
  const e = mat(rng, l, k, scale);
  const a = mat(rng, k, k, scale);
  const start = vec(rng, k, scale);
  const end = vec(rng, k, scale);
  const tags = gold === 'best' ? bestPath(e, a, start, end) : rng.ints(l, 0, k - 1);
  return [e, tags, a, start, end];
}

const score = z.number().min(-V).max(V);

export default defineProblem({
  slug: 'crf-nll',
  section: 'formulas',
  title: { zh: '线性链 CRF 的负对数似然', en: 'Linear-Chain CRF Negative Log-Likelihood' },
  difficulty: 'hard',
  tags: ['dynamic-programming', 'deep-learning', 'numerical-stability', 'math'],
  entry: {
    kind: 'function',
    name: 'crfNll',
    params: [
      { name: 'emissions', type: 'number[][]' },
      { name: 'tags', type: 'number[]' },
      { name: 'transitions', type: 'number[][]' },
      { name: 'start', type: 'number[]' },
      { name: 'end', type: 'number[]' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-7 },
  limits: { timeMs: 2000, memoryMb: 256 },
  input: z
    .tuple([
      z.array(z.array(score).min(1).max(K_MAX)).min(1).max(L_MAX),
      z.array(z.number().int().min(0)),
      z.array(z.array(score)),
      z.array(score),
      z.array(score),
    ])
    .refine(([e]) => e.every((row) => row.length === e[0]!.length), { message: 'every row must have K scores', path: [0] })
    .refine(([e, tags]) => tags.length === e.length && tags.every((t) => t < e[0]!.length), {
      message: 'must hold one tag in [0, K) per position',
      path: [1],
    })
    .refine(([e, , a]) => a.length === e[0]!.length && a.every((row) => row.length === e[0]!.length), {
      message: 'must be K × K',
      path: [2],
    })
    .refine(([e, , , s, t]) => s.length === e[0]!.length && t.length === e[0]!.length, 'start and end must have length K'),
  samples: [
    { input: [[[2, 0], [0, 1], [1, 3]], [0, 1, 1], [[0.5, -1], [-0.5, 1]], [0, -1], [0.5, 0]] },
    {
      // numpy default_rng(42) standard normals drawn in the order emissions, transitions, start, end.
      input: [
        [
          [0.30471707975443135, -1.0399841062404955, 0.7504511958064572],
          [0.9405647163912139, -1.9510351886538364, -1.302179506862318],
          [0.12784040316728537, -0.3162425923435822, -0.016801157504288795],
          [-0.85304392757358, 0.8793979748628286, 0.7777919354289483],
        ],
        [0, 2, 1, 1],
        [
          [0.06603069756121605, 1.1272412069680329, 0.4675093422520456],
          [-0.8592924628832382, 0.36875078408249884, -0.9588826008289989],
          [0.8784503013072725, -0.049925910986252896, -0.18486236354526056],
        ],
        [-0.6809295444039414, 1.2225413386740303, -0.15452948206880215],
        [-0.4283278221631072, -0.3521335504882296, 0.5323091855533487],
      ],
    },
  ],
  tests: [
    { name: 'one position', input: [[[1, 2, 3]], [0], [[0, 0, 0], [0, 0, 0], [0, 0, 0]], [0.5, 0, -0.5], [0, 1, 0]] },
    { name: 'one tag (NLL 0)', input: [[[3], [-2], [7]], [0, 0, 0], [[1.5]], [2], [-1]] },
    { name: 'all scores zero (L·log K)', input: [[[0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]], [2, 0, 1, 2], [[0, 0, 0], [0, 0, 0], [0, 0, 0]], [0, 0, 0], [0, 0, 0]] },
    { name: 'start and end decide', input: [[[0, 0], [0, 0]], [1, 1], [[0, 0], [0, 0]], [-3, 3], [2, -2]] },
    { name: 'asymmetric transitions', input: [[[0, 0], [0, 0], [0, 0]], [0, 1, 0], [[0, 4], [-4, 0]], [0, 0], [0, 0]] },
    { name: 'emissions ±1000, gold is best', input: [[[1000, -1000], [-1000, 1000], [1000, -1000]], [0, 1, 0], [[0, 1], [1, 0]], [0, 0], [0, 0]] },
    { name: 'emissions ±1000, gold is worst', input: [[[1000, -1000], [-1000, 1000], [1000, -1000]], [1, 0, 1], [[0, 1], [1, 0]], [0, 0], [0, 0]] },
    { name: 'all scores at the bound', input: [[[V, V], [V, V]], [0, 1], [[V, -V], [-V, V]], [V, -V], [-V, V]] },
    { name: 'random small', seed: 5_01, count: 6, make: (rng) => makeCase(rng, rng.int(1, 6), rng.int(2, 4), 1.5) },
    { name: 'random small, gold is the best path', seed: 5_02, count: 2, make: (rng) => makeCase(rng, rng.int(3, 6), rng.int(2, 4), 2, 'best') },
    { name: 'medium, scores ±1000', seed: 5_03, make: (rng) => makeCase(rng, 40, 6, 400) },
    { name: 'medium 200 × 10', seed: 5_04, count: 2, make: (rng) => makeCase(rng, 200, 10, 2) },
    { name: 'max K: 500 × 16', seed: 5_05, make: (rng) => makeCase(rng, 500, K_MAX, 3) },
    { name: 'long sequence 2000 × 10', seed: 5_06, make: (rng) => makeCase(rng, L_MAX, 10, 3) },
    { name: 'long sequence 2000 × 10, gold is the best path', seed: 5_07, make: (rng) => makeCase(rng, L_MAX, 10, 3, 'best') },
  ],
  complexity: { time: 'O(L·K²)', space: 'O(K)' },
});
