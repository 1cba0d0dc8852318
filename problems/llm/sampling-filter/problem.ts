import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_V = 32_000;
const MAX_PREV = 32_000;
const L_ABS = 1000;

/** Rounds to `d` decimals: short JSON, exactly reproducible inputs. */
const round = (v: number, d = 3): number => Number(v.toFixed(d));
const randomLogits = (rng: Rng, n: number, scale: number): number[] =>
  Array.from({ length: n }, () => round(Math.max(-L_ABS, Math.min(L_ABS, scale * rng.normal()))));

/**
 * The probabilities after penalty, temperature and top-k, highest first (ties: lower id first), as the
 * statement defines them. Used to place topP strictly between two cumulative sums.
 */
function sortedSurvivorProbs(logits: number[], t: number, k: number, penalty: number, prev: number[]): number[] {
  const s = logits.slice();
  for (const i of new Set(prev)) s[i] = s[i]! > 0 ? s[i]! / penalty : s[i]! * penalty;
  for (let i = 0; i < s.length; i++) s[i] = s[i]! / t;
  const sorted = s.slice().sort((a, b) => b - a);
  let kept = sorted.length;
  if (k > 0 && k < sorted.length) {
    kept = k;
    while (kept < sorted.length && sorted[kept] === sorted[k - 1]) kept++;
  }
  const e = sorted.slice(0, kept).map((x) => Math.exp(x - sorted[0]!));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/**
 * A topP that keeps exactly `m` tokens (1 <= m <= survivors) and lies at least 1e-6 away from every
 * cumulative sum, so that no rounding decides the answer: the midpoint of the m-th gap, shortened to
 * 4 decimals when that keeps the margin.
 */
function topPKeeping(probs: number[], m: number): number {
  let before = 0;
  for (let i = 0; i < m - 1; i++) before += probs[i]!;
  const after = before + probs[m - 1]!;
  if (after - before < 1e-5) throw new Error(`gap ${m} too small to place topP`);
  const mid = (before + after) / 2;
  for (const d of [2, 3, 4, 6, 8]) {
    const p = round(mid, d);
    if (p - before > 1e-6 && after - p > 1e-6 && p > 0 && p < 1) return p;
  }
  return mid;
}

/** A full random case: penalty, temperature, top-k and a top-p that keeps a chosen share of the survivors. */
function randomCase(rng: Rng, v: number, scale: number, opts: { t?: number; k?: number; penalty?: number; prev?: number; keepShare?: number } = {}) {
  const logits = randomLogits(rng, v, scale);
  const t = opts.t ?? rng.pick([0.5, 0.7, 1, 1.3]);
  const k = opts.k ?? rng.int(0, v);
  const penalty = opts.penalty ?? rng.pick([1, 1.1, 1.3, 2]);
  const prev = rng.ints(opts.prev ?? rng.int(0, Math.min(v, 20)), 0, v - 1);
  const probs = sortedSurvivorProbs(logits, t, k, penalty, prev);
  // Choose how many tokens top-p keeps; skip gaps too small to place topP safely.
  let m = Math.max(1, Math.min(probs.length, Math.round((opts.keepShare ?? rng.next()) * probs.length)));
  while (m < probs.length && probs[m - 1]! < 1e-5) m--;
  while (m > 1 && probs[m - 1]! < 1e-5) m--;
  const topP = opts.keepShare === 1 ? 1 : topPKeeping(probs, m);
  return [logits, t, k, topP, penalty, prev];
}

export default defineProblem({
  slug: 'sampling-filter',
  section: 'llm',
  title: { zh: '解码采样：重复惩罚、温度、Top-k 与 Top-p', en: 'Sampling Filters: Repetition Penalty, Temperature, Top-k, Top-p' },
  difficulty: 'medium',
  tags: ['llm', 'sorting', 'numerical-stability', 'probability'],
  entry: {
    kind: 'function',
    name: 'filterLogits',
    params: [
      { name: 'logits', type: 'number[]' },
      { name: 'temperature', type: 'number' },
      { name: 'topK', type: 'number' },
      { name: 'topP', type: 'number' },
      { name: 'repetitionPenalty', type: 'number' },
      { name: 'previousTokens', type: 'number[]' },
    ],
    returns: { type: 'number[]' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 3000, memoryMb: 128 },
  input: z
    .tuple([
      z.array(z.number().finite().min(-L_ABS).max(L_ABS)).min(1).max(MAX_V),
      z.number().finite().min(0.01).max(100),
      z.number().int().min(0),
      z.number().finite().gt(0).max(1),
      z.number().finite().min(0.1).max(10),
      z.array(z.number().int().min(0)).max(MAX_PREV),
    ])
    .refine(([l, , k]) => k <= l.length, { message: 'topK must be at most the vocabulary size', path: [2] })
    .refine(([l, , , , , prev]) => prev.every((t) => t < l.length), { message: 'previous tokens must be valid token ids', path: [5] }),
  samples: [
    { input: [[2, 1, 0, -1], 1, 0, 1, 1, []] },
    { input: [[3, 2, 2, 1, -1], 1, 2, 1, 1, []] },
    { input: [[2, 1, 0.5, -1], 1, 0, 0.8, 2, [0, 3, 3]] },
  ],
  tests: [
    { name: 'vocabulary of one token', input: [[-5], 0.7, 1, 0.3, 2, [0, 0]] },
    { name: 'everything off: plain softmax', input: [[0.5, -1.25, 3, 0, 2], 1, 0, 1, 1, []] },
    { name: 'logits ±1000, everything off', input: [[1000, -1000, 999, 0], 1, 0, 1, 1, []] },
    { name: 'all logits −1000', input: [[-1000, -1000, -999.5, -1000], 1, 0, 1, 1, []] },
    { name: 'temperature 0.01 on close logits', input: [[1, 1.02, 0.99, 1.01, -3], 0.01, 0, 1, 1, []] },
    { name: 'temperature 100 flattens', input: [[10, 0, -10, 5], 100, 0, 1, 1, []] },
    { name: 'top-k = 1 is greedy', input: [[0.3, 2.5, -1, 2.4, 0], 1, 1, 1, 1, []] },
    { name: 'top-k = 1 with a tie at the top keeps both', input: [[1, 4, 0, 4, 2], 1, 1, 1, 1, []] },
    { name: 'top-k ties at the boundary are kept', input: [[5, 1, 3, 3, 0, 3, 2], 1, 2, 1, 1, []] },
    { name: 'top-k = vocabulary size changes nothing', input: [[1, 2, 3], 1, 3, 1, 1, []] },
    { name: 'top-p keeps only the top token', input: [[4, 1, 0.5, 0], 1, 0, 0.5, 1, []] },
    { name: 'top-p ties: lower ids first', input: [[1, 1, 1, 1, 0], 1, 0, 0.3, 1, []] },
    { name: 'top-p after top-k uses the renormalised mass', input: [[2, 1.5, 1, 0.5, 0], 1, 3, 0.75, 1, []] },
    { name: 'penalty on positive, negative and zero logits', input: [[2, -1, 0, 1.5, -0.5], 1, 0, 1, 2, [0, 1, 2]] },
    { name: 'penalty counts each token once', input: [[3, 2.9, 1, -2], 1, 0, 1, 1.5, [0, 0, 0, 3, 3, 3, 3]] },
    { name: 'penalty below 1 rewards repetition', input: [[1, 2, -1, -2], 1, 0, 1, 0.5, [0, 2]] },
    { name: 'penalty makes a negative logit more negative', input: [[-0.2, -0.3, -0.25], 1, 0, 1, 3, [0]] },
    { name: 'order matters: penalty, temperature, then top-k and top-p', input: [[4, 3.9, 3, 1, 0], 0.5, 3, 0.85, 1.3, [0]] },
    { name: 'stability: penalty 10 and temperature 0.01', input: [[1000, 999, -1000, 500], 0.01, 0, 1, 10, [0, 2]] },
    { name: 'random small, all filters', seed: 129_01, count: 6, make: (rng) => randomCase(rng, rng.int(5, 20), 2) },
    { name: 'random with repeated previous tokens', seed: 129_02, count: 2, make: (rng) => randomCase(rng, 30, 3, { prev: 60, penalty: 1.2 }) },
    { name: 'random small integers (many ties)', seed: 129_03, count: 2, make: (rng) => { const c = randomCase(rng, 40, 1, { keepShare: 1 }); c[0] = (c[0] as number[]).map((x) => Math.round(x * 2)); c[2] = rng.int(3, 10); return c; } },
    { name: 'random logits near ±1000', seed: 129_04, make: (rng) => randomCase(rng, 200, 600, { t: 0.5, k: 0 }) },
    { name: 'random, top-p keeps most tokens', seed: 129_05, make: (rng) => randomCase(rng, 500, 1.5, { k: 0, keepShare: 0.9, t: 2 }) },
    { name: 'vocabulary 20000, top-k 50, top-p, penalty', seed: 129_06, make: (rng) => randomCase(rng, 20_000, 3, { k: 50, penalty: 1.1, prev: 500, t: 0.8, keepShare: 0.6 }) },
    { name: 'max vocabulary 32000, top-p only', seed: 129_07, make: (rng) => randomCase(rng, MAX_V, 2, { k: 0, penalty: 1.2, prev: MAX_PREV, t: 0.7, keepShare: 0.3 }) },
  ],
  complexity: { time: 'O(V log V + |previousTokens|)', space: 'O(V)' },
});
