import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_T = 1024;
const MAX_D = 128;
const MAX_E = 64;
const MAX_CELLS = 65_536;
const X_ABS = 1000;
const W_ABS = 10;

const finite = z.number().finite();

/** Rounds to `d` decimals: short JSON, exactly reproducible inputs. */
const round = (v: number, d = 4): number => Number(v.toFixed(d));
const randn = (rng: Rng, rows: number, cols: number, scale = 1): number[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => round(scale * rng.normal())));
const eye = (n: number): number[][] => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
const logitsOf = (row: number[], w: number[][]): number[] =>
  w[0]!.map((_, e) => row.reduce((s, v, j) => s + v * w[j]![e]!, 0));

/**
 * Large router logits (hundreds) whose k selected experts all stay within 600 of the best one, so that
 * their probabilities are distinct and non-zero: rows are halved until that holds.
 */
function largeLogitCase(rng: Rng, t: number, d: number, e: number, k: number) {
  const w = randn(rng, d, e, 2.5);
  const x = randn(rng, t, d, 30).map((row) => {
    let r = row;
    for (;;) {
      const l = logitsOf(r, w).sort((a, b) => b - a);
      if (l[0]! - l[k - 1]! < 600) return r;
      r = r.map((v) => round(v / 2));
    }
  });
  return [x, w, k];
}

export default defineProblem({
  slug: 'moe-routing',
  section: 'llm',
  title: { zh: 'MoE 路由与负载均衡损失', en: 'MoE Routing and Load-Balancing Loss' },
  difficulty: 'medium',
  tags: ['llm', 'deep-learning', 'sorting', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'moeRoute',
    params: [
      { name: 'x', type: 'number[][]' },
      { name: 'gateWeights', type: 'number[][]' },
      { name: 'k', type: 'number' },
    ],
    returns: { type: '{ experts: number[][]; weights: number[][]; auxLoss: number }' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 3000, memoryMb: 128 },
  input: z
    .tuple([
      z.array(z.array(finite.min(-X_ABS).max(X_ABS)).min(1).max(MAX_D)).min(1).max(MAX_T),
      z.array(z.array(finite.min(-W_ABS).max(W_ABS)).min(1).max(MAX_E)).min(1).max(MAX_D),
      z.number().int().min(1),
    ])
    .refine(([x, w]) => x.every((row) => row.length === w.length), { message: 'every row of x must have d = gateWeights.length values', path: [0] })
    .refine(([, w]) => w.every((row) => row.length === w[0]!.length), { message: 'every row of gateWeights must have numExperts values', path: [1] })
    .refine(([, w, k]) => k <= w[0]!.length, { message: 'k must be at most numExperts', path: [2] })
    .refine(([x, w]) => x.length * w.length <= MAX_CELLS, { message: `tokens · d must be at most ${MAX_CELLS}`, path: [0] }),
  samples: [
    { input: [[[1, 0], [0, 1], [1, 1]], [[1, 0, -1], [0, 1, 1]], 2] },
    { input: [[[2, -1], [0.5, 0.5]], [[1, -1], [0, 2]], 1] },
  ],
  tests: [
    { name: 'one expert', input: [[[0.3, -2], [5, 1]], [[1], [-1]], 1] },
    { name: 'one token, k = 1 (Switch)', input: [[[0.2, 0.4, -0.1]], [[1, 0, 0, 2], [0, 1, 0, -1], [0, 0, 1, 0.5]], 1] },
    { name: 'k = numExperts: the loss equals numExperts', seed: 124_01, make: (rng) => [randn(rng, 6, 4), randn(rng, 4, 5), 5] },
    { name: 'all-zero input: every logit ties', input: [[[0, 0], [0, 0], [0, 0]], [[1, 2, 3, 4], [-1, 0.5, 2, 0]], 2] },
    { name: 'identical expert columns tie', input: [[[1, 2], [-1, 0.5], [2, -3], [0.1, 0.1]], [[0.5, 1, 0.5, -1, 1], [0.25, -2, 0.25, 1, -2]], 3] },
    { name: 'all tokens prefer the same expert', input: [[[1], [2], [3], [0.5]], [[3, 1, 0, -1]], 2] },
    { name: 'logits ±1000 (identity gate)', input: [[[1000, -1000, 999.5, 0], [-1000, -999, -1000, -998], [0, 1000, 500, 999]], eye(4), 2] },
    { name: 'large logits, 8 experts, top-2', seed: 124_02, make: (rng) => largeLogitCase(rng, 32, 16, 8, 2) },
    { name: 'large logits, 16 experts, top-4', seed: 124_03, make: (rng) => largeLogitCase(rng, 32, 8, 16, 4) },
    { name: 'tied logits from a repeated gate column, random tokens', seed: 124_04, make: (rng) => { const w = randn(rng, 6, 6); for (const row of w) { row[4] = row[1]!; row[5] = row[1]!; } return [randn(rng, 20, 6), w, 2]; } },
    { name: 'random small', seed: 124_05, count: 5, make: (rng) => { const e = rng.int(2, 8); const d = rng.int(1, 6); return [randn(rng, rng.int(1, 8), d), randn(rng, d, e), rng.int(1, e)]; } },
    { name: 'random medium, Mixtral-like 8 experts top-2', seed: 124_06, count: 2, make: (rng) => [randn(rng, 128, 32), randn(rng, 32, 8, 0.3), 2] },
    { name: 'random, Switch top-1 over 16 experts', seed: 124_09, count: 2, make: (rng) => [randn(rng, 64, 16), randn(rng, 16, 16, 0.5), 1] },
    { name: 'random, top-3 of 4 with integer logits (many ties)', seed: 124_10, make: (rng) => [Array.from({ length: 40 }, () => rng.ints(3, -2, 2)), [[1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 1, 0]], 3] },
    { name: 'max 1024 tokens, 64 experts, top-6', seed: 124_07, make: (rng) => [randn(rng, MAX_T, 64), randn(rng, 64, MAX_E, 0.2), 6] },
    { name: 'max 512 tokens, d = 128, 8 experts, top-2', seed: 124_08, make: (rng) => [randn(rng, 512, MAX_D), randn(rng, MAX_D, 8, 0.1), 2] },
  ],
  complexity: { time: 'O(T · d · E + T · E log E)', space: 'O(E) besides the output' },
});
