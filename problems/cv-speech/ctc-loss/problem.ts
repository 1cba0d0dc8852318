import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const T_MAX = 1000;
const C_MAX = 64;
const S_MAX = 500;
const LP_MIN = -100_000;

const logSumExp = (row: number[]): number => {
  const m = Math.max(...row);
  let s = 0;
  for (const v of row) s += Math.exp(v - m);
  return m + Math.log(s);
};

const input = z
  .tuple([
    z.array(z.array(z.number().min(LP_MIN).max(0)).min(2).max(C_MAX)).min(1).max(T_MAX),
    z.array(z.number().int().min(0)).max(S_MAX),
    z.number().int().min(0),
  ])
  .superRefine(([logProbs, target, blank], ctx) => {
    const issue = (message: string, path: number) => ctx.addIssue({ code: 'custom', message, path: [path] });
    const c = logProbs[0]!.length;
    if (!logProbs.every((row) => row.length === c)) return issue('every row of logProbs must have the same length C', 0);
    const bad = logProbs.findIndex((row) => Math.abs(logSumExp(row)) > 1e-4);
    if (bad !== -1) return issue(`row ${bad} is not log-softmaxed: its probabilities must sum to 1`, 0);
    if (blank >= c) return issue('blank must be a class index in [0, C)', 2);
    if (target.some((l) => l >= c || l === blank)) return issue('every target label must be in [0, C) and differ from blank', 1);
  });

/** One log-softmaxed row of C classes from logits scale·N(0, 1), rounded to 6 decimals. */
function row(rng: Rng, c: number, scale: number): number[] {
  const logits = Array.from({ length: c }, () => scale * rng.normal());
  const lse = logSumExp(logits);
  return logits.map((v) => Number((v - lse).toFixed(6)));
}
const rows = (rng: Rng, t: number, c: number, scale: number): number[][] => Array.from({ length: t }, () => row(rng, c, scale));
/** s labels from [0, c) without blank. */
const labels = (rng: Rng, s: number, c: number, blank: number): number[] =>
  Array.from({ length: s }, () => {
    const l = rng.int(0, c - 2);
    return l >= blank ? l + 1 : l;
  });
const repeats = (target: number[]): number => target.filter((l, i) => i > 0 && l === target[i - 1]).length;

/**
 * Emissions that favour one alignment of the target: a frame on the chosen path gets +boost on its symbol.
 * Gives the small losses of a trained model, with log-probabilities of other symbols far below zero.
 */
function aligned(rng: Rng, t: number, c: number, target: number[], blank: number, boost: number): number[][] {
  // Each label gets a segment of `per` frames (per >= 2): the label, then a blank in the segment's last frame.
  const per = target.length === 0 ? t : Math.floor(t / target.length);
  return Array.from({ length: t }, (_, i) => {
    const k = Math.floor(i / per);
    const sym = k >= target.length || i % per === per - 1 ? blank : target[k]!;
    const logits = Array.from({ length: c }, (_, j) => rng.normal() + (j === sym ? boost : 0));
    const lse = logSumExp(logits);
    return logits.map((v) => Number((v - lse).toFixed(6)));
  });
}

/** 500 labels with exactly one adjacent repeat (the first two). */
const oneRepeat = (): number[] => Array.from({ length: S_MAX }, (_, i) => (i < 2 ? 1 : 1 + (i % 5)));

const uniform = (t: number, c: number): number[][] => Array.from({ length: t }, () => new Array<number>(c).fill(-Math.log(c)));

export default defineProblem({
  slug: 'ctc-loss',
  section: 'cv-speech',
  title: { zh: 'CTC 损失', en: 'CTC Loss' },
  difficulty: 'hard',
  tags: ['speech', 'dynamic-programming', 'deep-learning', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'ctcLoss',
    params: [
      { name: 'logProbs', type: 'number[][]' },
      { name: 'target', type: 'number[]' },
      { name: 'blank', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 2000, memoryMb: 128 },
  input,
  samples: [
    { input: [uniform(3, 3), [1, 2], 0] },
    { input: [uniform(3, 3), [1, 1], 0] },
    { input: [uniform(2, 3), [1, 1], 0] },
  ],
  tests: [
    { name: 'T = 1, empty target', input: [[[-0.2, -1.8, -3.2]].map((r) => r.map((v) => v - logSumExp(r))), [], 0] },
    { name: 'T = 1, one label', input: [[[-0.5, -1.2, -2.5]].map((r) => r.map((v) => v - logSumExp(r))), [2], 0] },
    { name: 'empty target: all blanks', seed: 5_01, make: (rng) => [rows(rng, 20, 5, 2), [], 0] },
    { name: 'T equals the target length: the target itself is the only path', seed: 5_02, make: (rng) => [rows(rng, 6, 6, 1), [1, 2, 3, 4, 5, 1], 0] },
    { name: 'repeated labels need a blank between them', seed: 5_03, make: (rng) => [rows(rng, 5, 4, 1), [2, 2, 2], 0] },
    { name: 'T = S + repeats exactly', seed: 5_04, make: (rng) => [rows(rng, 7, 4, 1), [1, 1, 2, 3, 3], 0] },
    { name: 'impossible: T < S + repeats', seed: 5_05, make: (rng) => [rows(rng, 6, 4, 1), [1, 1, 2, 3, 3], 0] },
    { name: 'impossible: target longer than the input', seed: 5_06, make: (rng) => [rows(rng, 3, 4, 1), [1, 2, 3, 1], 0] },
    { name: 'blank is the last class', seed: 5_07, make: (rng) => [rows(rng, 12, 5, 1.5), [0, 1, 1, 3], 4] },
    { name: 'blank in the middle', seed: 5_08, make: (rng) => [rows(rng, 15, 6, 1.5), [0, 5, 5, 1, 0], 2] },
    { name: 'uniform emissions', input: [uniform(8, 4), [1, 2, 1], 0] },
    { name: 'peaked emissions (log-probabilities down to about -400)', seed: 5_09, make: (rng) => [rows(rng, 30, 8, 60), labels(rng, 8, 8, 0), 0] },
    { name: 'a well-aligned target: small loss', seed: 5_10, make: (rng) => { const tg = [3, 1, 4, 1, 5]; return [aligned(rng, 40, 7, tg, 0, 12), tg, 0]; } },
    {
      name: 'random small',
      seed: 5_11,
      count: 6,
      make: (rng) => {
        const c = rng.int(2, 5);
        const t = rng.int(1, 8);
        const blank = rng.int(0, c - 1);
        return [rows(rng, t, c, rng.pick([0.5, 1, 3])), labels(rng, rng.int(0, Math.min(5, t + 1)), c, blank), blank];
      },
    },
    {
      name: 'T = 1000, uniform-ish emissions (the likelihood underflows in probability space)',
      seed: 5_12,
      make: (rng) => [rows(rng, T_MAX, 32, 0.5), labels(rng, 200, 32, 0), 0],
    },
    {
      name: 'T = 1000, a long aligned target with repeats',
      seed: 5_13,
      make: (rng) => {
        const tg = labels(rng, 300, 40, 0).map((l, i, a) => (i % 7 === 3 ? a[i - 1]! : l));
        return [aligned(rng, T_MAX, 40, tg, 0, 8), tg, 0];
      },
    },
    { name: 'T = 1000, empty target', seed: 5_14, make: (rng) => [rows(rng, T_MAX, 16, 2), [], 0] },
    {
      name: 'S = 500 in repeated pairs, T = S + repeats = 750 exactly',
      seed: 5_15,
      make: (rng) => {
        const tg: number[] = [];
        for (let k = 0; k < S_MAX / 2; k++) {
          let l = rng.int(1, 9);
          if (k > 0 && l === tg[tg.length - 1]) l = (l % 9) + 1;
          tg.push(l, l);
        }
        return [rows(rng, S_MAX + repeats(tg), 10, 1), tg, 0];
      },
    },
    { name: 'S = 500 with one repeat, T = 501: a single alignment', seed: 5_16, make: (rng) => [rows(rng, 501, 6, 1), oneRepeat(), 0] },
    { name: 'S = 500 with one repeat, T = 500: impossible by one frame', seed: 5_17, make: (rng) => [rows(rng, 500, 6, 1), oneRepeat(), 0] },
  ],
  complexity: { time: 'O(T · S)', space: 'O(S)' },
});
