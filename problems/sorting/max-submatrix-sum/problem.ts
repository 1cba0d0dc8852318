import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 200;
const V = 10_000;

const input = z
  .tuple([z.array(z.array(z.number().int().min(-V).max(V)).min(1).max(N)).min(1).max(N)])
  .superRefine(([matrix], ctx) => {
    const cols = matrix[0]!.length;
    matrix.forEach((row, i) => {
      if (row.length !== cols) ctx.addIssue({ code: 'custom', message: `row ${i} has ${row.length} columns, row 0 has ${cols}`, path: [0, i] });
    });
  });

const grid = (rng: Rng, rows: number, cols: number, lo: number, hi: number): number[][] =>
  Array.from({ length: rows }, () => rng.ints(cols, lo, hi));

/** A mostly negative grid with one positive block hidden in it: the block (or a bit more) is the answer. */
function hiddenBlock(rng: Rng, rows: number, cols: number): number[][] {
  const m = grid(rng, rows, cols, -V, V / 4);
  const r0 = rng.int(0, rows - 20);
  const c0 = rng.int(0, cols - 30);
  for (let i = r0; i < r0 + 20; i++) for (let j = c0; j < c0 + 30; j++) m[i]![j] = rng.int(0, V);
  return m;
}

export default defineProblem({
  slug: 'max-submatrix-sum',
  section: 'sorting',
  title: { zh: '子矩阵的最大和', en: 'Maximum Submatrix Sum' },
  difficulty: 'hard',
  tags: ['array', 'matrix', 'dynamic-programming', 'prefix-sum'],
  entry: {
    kind: 'function',
    name: 'maxSubmatrixSum',
    params: [{ name: 'matrix', type: 'number[][]' }],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 500, memoryMb: 128 },
  input,
  samples: [
    { input: [[[0, -2, -7, 0], [9, 2, -6, 2], [-4, 1, -4, 1], [-1, 8, 0, -2]]] },
    { input: [[[-1, 0], [0, -1]]] },
    { input: [[[-3, -2], [-5, -4]]] },
  ],
  tests: [
    { name: '1×1, negative', input: [[[-V]]] },
    { name: '1×1, positive', input: [[[V]]] },
    { name: 'all negative, 2×3', input: [[[-5, -3, -9], [-4, -7, -2]]] },
    { name: 'a single row is best', input: [[[3, 3], [-10, -10]]] },
    { name: 'a single column is best', input: [[[4, -10], [4, -10], [4, -10]]] },
    { name: 'all positive: the whole matrix', input: [[[1, 2, 3], [4, 5, 6]]] },
    { name: 'a negative row worth crossing', input: [[[5, 5], [-3, -3], [5, 5]]] },
    { name: 'one row', input: [[[2, -1, 3, -5, 4]]] },
    { name: 'one column', input: [[[2], [-1], [3], [-5], [4]]] },
    { name: 'random 200×200', seed: 2401, make: (rng) => [grid(rng, N, N, -V, V)] },
    { name: 'random 200×200, mostly negative, one positive block', seed: 2402, make: (rng) => [hiddenBlock(rng, N, N)] },
    { name: '200×200, all negative', seed: 2403, make: (rng) => [grid(rng, N, N, -V, -1)] },
    { name: '200×200, all equal to the maximum', input: [Array.from({ length: N }, () => new Array<number>(N).fill(V))] },
    { name: '1×200', seed: 2404, make: (rng) => [grid(rng, 1, N, -V, V)] },
    { name: '200×1', seed: 2405, make: (rng) => [grid(rng, N, 1, -V, V)] },
    { name: '3×200', seed: 2406, make: (rng) => [grid(rng, 3, N, -V, V)] },
    { name: '200×3', seed: 2407, make: (rng) => [grid(rng, N, 3, -V, V)] },
    { name: '17×200, all negative', seed: 2408, make: (rng) => [grid(rng, 17, N, -V, -V / 2)] },
    { name: 'random small', seed: 2409, count: 6, make: (rng) => [grid(rng, rng.int(1, 6), rng.int(1, 6), -10, 10)] },
    { name: 'random medium', seed: 2410, count: 2, make: (rng) => [grid(rng, rng.int(20, 60), rng.int(20, 60), -V, V)] },
  ],
  complexity: { time: 'O(min(n, m)² · max(n, m))', space: 'O(n · m) for a transposed copy, O(max(n, m)) otherwise' },
});
