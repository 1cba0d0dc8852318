import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_SEQ = 512;
const MAX_D = 256;
const MAX_CELLS = 65_536;
const MAX_POS = 1_000_000;
const X_ABS = 100;

const finite = z.number().finite();
const row = z.array(finite.min(-X_ABS).max(X_ABS)).min(2).max(MAX_D).refine((r) => r.length % 2 === 0, 'd must be even');

/** Rounds to 4 decimals: short JSON, exactly reproducible inputs. */
const r4 = (v: number): number => Number(v.toFixed(4));
const matrix = (rng: Rng, seq: number, d: number, scale = 1): number[][] =>
  Array.from({ length: seq }, () => Array.from({ length: d }, () => r4(scale * rng.normal())));
const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);

export default defineProblem({
  slug: 'rope',
  section: 'llm',
  title: { zh: '旋转位置编码 RoPE', en: 'Rotary Position Embedding (RoPE)' },
  difficulty: 'medium',
  tags: ['deep-learning', 'llm', 'math', 'matrix'],
  entry: {
    kind: 'function',
    name: 'applyRope',
    params: [
      { name: 'x', type: 'number[][]' },
      { name: 'positions', type: 'number[]' },
      { name: 'base', type: 'number' },
    ],
    returns: { type: 'number[][]' },
  },
  checker: { style: 'float', atol: 1e-5, rtol: 1e-5 },
  limits: { timeMs: 2000, memoryMb: 128 },
  input: z
    .tuple([z.array(row).min(1).max(MAX_SEQ), z.array(z.number().int().min(0).max(MAX_POS)), finite.min(2).max(1e7)])
    .refine(([x]) => x.every((r) => r.length === x[0]!.length), { message: 'every row of x must have the same length d', path: [0] })
    .refine(([x, p]) => p.length === x.length, { message: 'positions must have one entry per row of x', path: [1] })
    .refine(([x]) => x.length * x[0]!.length <= MAX_CELLS, { message: `seq · d must be at most ${MAX_CELLS}`, path: [0] }),
  samples: [
    { input: [[[1, 2, 3, 4]], [1], 10000] },
    { input: [[[1, 0], [1, 0], [0.5, -2]], [0, 1, 3], 10000] },
  ],
  tests: [
    { name: 'position 0 is the identity', input: [[[1, 2, 3, 4, 5, 6], [-1, 0.5, 0, 2, -3, 7]], [0, 0], 10000] },
    { name: 'd = 2: a plain 2-D rotation by p radians', input: [[[1, 0], [0, 1], [3, -4]], [1, 2, 5], 10000] },
    { name: 'unit vectors, d = 8, several positions', input: [[[1, 0, 0, 0, 0, 0, 0, 0], [0, 1, 0, 0, 0, 0, 0, 0], [0, 0, 0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 1, 0]], [1, 7, 100, 3], 10000] },
    { name: 'positions not starting at 0 (KV cache)', seed: 128_01, make: (rng) => [matrix(rng, 6, 16), range(6, 37), 10000] },
    { name: 'positions out of order and repeated', seed: 128_02, make: (rng) => [matrix(rng, 6, 8), [5, 0, 5, 2, 1000, 3], 10000] },
    { name: 'same vector at many positions', seed: 128_03, make: (rng) => { const v = matrix(rng, 1, 12)[0]!; return [range(8).map(() => v.slice()), [0, 1, 2, 3, 10, 100, 1000, 10000], 10000]; } },
    { name: 'base 500000 (LLaMA 3)', seed: 128_04, make: (rng) => [matrix(rng, 16, 64), range(16, 4096), 500000] },
    { name: 'base 1e6 (Qwen), long context', seed: 128_05, make: (rng) => [matrix(rng, 8, 128), rng.ints(8, 0, 131072), 1e6] },
    { name: 'small base 100', seed: 128_06, make: (rng) => [matrix(rng, 8, 16), range(8), 100] },
    { name: 'positions up to 1e6', seed: 128_07, make: (rng) => [matrix(rng, 16, 32, 10), rng.ints(16, 900_000, MAX_POS), 10000] },
    { name: 'position 1e6 exactly, large values', seed: 128_08, make: (rng) => [matrix(rng, 2, 64, 30), [MAX_POS, MAX_POS - 1], 10000] },
    { name: 'random small', seed: 128_09, count: 5, make: (rng) => { const seq = rng.int(1, 6); return [matrix(rng, seq, 2 * rng.int(1, 6)), rng.ints(seq, 0, 50), 10000]; } },
    { name: 'random medium', seed: 128_10, count: 3, make: (rng) => { const seq = rng.int(10, 64); return [matrix(rng, seq, 2 * rng.int(8, 64)), range(seq), rng.pick([10000, 500000])]; } },
    { name: 'max 512 × 128, positions 0..511', seed: 128_11, make: (rng) => [matrix(rng, MAX_SEQ, 128), range(MAX_SEQ), 10000] },
    { name: 'max 256 × 256, long-context positions', seed: 128_12, make: (rng) => [matrix(rng, 256, MAX_D), range(256, 200_000), 10000] },
  ],
  complexity: { time: 'O(seq · d)', space: 'O(seq · d) for the output' },
});
