import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_SEQ = 128;
const MAX_D = 128;
const ABS = 100;
const MAX_CELLS = 8_192;

const finite = z.number().finite().min(-ABS).max(ABS);
const matrix = z.array(z.array(finite).min(1).max(MAX_D)).min(1);

/** Rounds to 4 decimals: short JSON, exactly reproducible inputs. */
const r4 = (v: number): number => Number(v.toFixed(4));
const clip = (v: number): number => Math.max(-ABS, Math.min(ABS, v));
const randn = (rng: Rng, rows: number, cols: number, scale = 1): number[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => r4(clip(scale * rng.normal()))));
const eye = (d: number, s = 1): number[][] => Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? s : 0)));
/** x ~ N(0, 1) and weights ~ N(0, (gain/√dModel)²): scores of order gain². */
const randomCase = (rng: Rng, seq: number, dModel: number, numHeads: number, causal: boolean, gain = 1) => {
  const s = gain / Math.sqrt(dModel);
  return [randn(rng, seq, dModel), randn(rng, dModel, dModel, s), randn(rng, dModel, dModel, s), randn(rng, dModel, dModel, s), randn(rng, dModel, dModel, s), numHeads, causal];
};

export default defineProblem({
  slug: 'multi-head-attention',
  section: 'llm',
  title: { zh: '多头注意力', en: 'Multi-Head Attention' },
  difficulty: 'medium',
  tags: ['deep-learning', 'llm', 'matrix', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'multiHeadAttention',
    params: [
      { name: 'x', type: 'number[][]' },
      { name: 'wq', type: 'number[][]' },
      { name: 'wk', type: 'number[][]' },
      { name: 'wv', type: 'number[][]' },
      { name: 'wo', type: 'number[][]' },
      { name: 'numHeads', type: 'number' },
      { name: 'causal', type: 'boolean' },
    ],
    returns: { type: 'number[][]' },
  },
  checker: { style: 'float', atol: 1e-5, rtol: 1e-5 },
  limits: { timeMs: 3000, memoryMb: 128 },
  input: z
    .tuple([matrix.max(MAX_SEQ), matrix, matrix, matrix, matrix, z.number().int().min(1), z.boolean()])
    .refine(([x, wq]) => x.every((row) => row.length === wq.length), { message: 'every row of x must have dModel = wq.length values', path: [0] })
    .refine(([, ...ws]) => ws.slice(0, 4).every((w) => (w as number[][]).length === (ws[0] as number[][]).length && (w as number[][]).every((row) => row.length === (ws[0] as number[][]).length)), {
      message: 'wq, wk, wv and wo must all be dModel × dModel',
      path: [1],
    })
    .refine(([, wq, , , , h]) => wq.length % h === 0 && h <= wq.length, { message: 'numHeads must divide dModel', path: [5] })
    .refine(([x, wq]) => x.length * wq.length <= MAX_CELLS, { message: `seq · dModel must be at most ${MAX_CELLS}`, path: [0] }),
  samples: [
    { input: [[[1, 0], [0, 1]], eye(2), eye(2), eye(2), eye(2), 1, false] },
    { input: [[[1, 0, 2, 0], [0, 1, 0, -1], [1, 1, 1, 1]], eye(4), eye(4), eye(4, 2), eye(4), 2, true] },
  ],
  tests: [
    { name: 'seq = 1, causal', seed: 118_01, make: (rng) => randomCase(rng, 1, 8, 2, true) },
    { name: 'seq = 1, not causal', seed: 118_02, make: (rng) => randomCase(rng, 1, 6, 3, false) },
    { name: 'dModel = 1, one head', seed: 118_03, make: (rng) => randomCase(rng, 5, 1, 1, false) },
    { name: 'one head, causal', seed: 118_04, make: (rng) => randomCase(rng, 7, 8, 1, true) },
    { name: 'dHead = 1 (numHeads = dModel)', seed: 118_05, make: (rng) => randomCase(rng, 6, 8, 8, false) },
    { name: 'zero Wq: uniform attention', seed: 118_06, make: (rng) => { const c = randomCase(rng, 6, 8, 2, false); c[1] = randn(rng, 8, 8, 0); return c; } },
    { name: 'identical tokens', seed: 118_07, make: (rng) => { const c = randomCase(rng, 5, 8, 4, true); const row = (c[0] as number[][])[0]!; c[0] = [row, row, row, row, row]; return c; } },
    { name: 'scores near ±1000, not causal', seed: 118_08, make: (rng) => randomCase(rng, 12, 16, 2, false, 32) },
    { name: 'scores near ±1000, causal', seed: 118_09, make: (rng) => randomCase(rng, 12, 16, 4, true, 32) },
    { name: 'scores near ±5000, 8 heads', seed: 118_10, make: (rng) => randomCase(rng, 16, 32, 8, true, 70) },
    { name: 'random small', seed: 118_11, count: 4, make: (rng) => { const h = rng.int(1, 4); return randomCase(rng, rng.int(2, 8), h * rng.int(1, 4), h, rng.next() < 0.5); } },
    { name: 'random medium, causal', seed: 118_12, count: 2, make: (rng) => randomCase(rng, rng.int(20, 64), 32, rng.pick([2, 4, 8]), true, 2) },
    { name: 'random medium, not causal', seed: 118_13, count: 2, make: (rng) => randomCase(rng, rng.int(20, 64), 48, rng.pick([3, 6, 12]), false, 2) },
    { name: 'max seq 128, dModel 64, 8 heads, not causal', seed: 118_14, make: (rng) => randomCase(rng, MAX_SEQ, 64, 8, false, 2) },
    { name: 'max seq 64, dModel 128, 4 heads, causal', seed: 118_15, make: (rng) => randomCase(rng, 64, MAX_D, 4, true, 2) },
  ],
  complexity: { time: 'O(seq · dModel² + seq² · dModel)', space: 'O(seq · dModel)' },
});
