import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_N = 10_000;
const LP_MIN = -10_000;

const logProbs = z.array(z.number().finite().min(LP_MIN).max(0)).min(1).max(MAX_N);

/** Rounds to 3 decimals: short JSON, exactly reproducible inputs. */
const r3 = (v: number): number => Number(v.toFixed(3));
/** A sequence log-prob: minus a positive amount around `mean`, clipped to the allowed range. */
const lp = (rng: Rng, mean: number, spread: number): number => r3(Math.max(LP_MIN, Math.min(0, -Math.abs(mean + spread * rng.normal()))));
/** A batch whose policy drifted from the reference by about `drift` per answer. */
const batch = (rng: Rng, n: number, mean: number, spread: number, drift: number, beta: number) => {
  const pc: number[] = [], pr: number[] = [], rc: number[] = [], rr: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = lp(rng, mean, spread);
    const r = lp(rng, mean, spread);
    rc.push(c);
    rr.push(r);
    pc.push(r3(Math.max(LP_MIN, Math.min(0, c + drift * rng.normal()))));
    pr.push(r3(Math.max(LP_MIN, Math.min(0, r + drift * rng.normal()))));
  }
  return [pc, pr, rc, rr, beta];
};

export default defineProblem({
  slug: 'dpo-loss',
  section: 'llm',
  title: { zh: 'DPO 损失', en: 'DPO Loss' },
  difficulty: 'easy',
  tags: ['llm', 'deep-learning', 'numerical-stability', 'math'],
  entry: {
    kind: 'function',
    name: 'dpoLoss',
    params: [
      { name: 'policyChosen', type: 'number[]' },
      { name: 'policyRejected', type: 'number[]' },
      { name: 'refChosen', type: 'number[]' },
      { name: 'refRejected', type: 'number[]' },
      { name: 'beta', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 2000, memoryMb: 128 },
  input: z
    .tuple([logProbs, logProbs, logProbs, logProbs, z.number().finite().min(1e-3).max(10)])
    .refine(([a, b, c, d]) => a.length === b.length && a.length === c.length && a.length === d.length, 'the four arrays must have the same length'),
  samples: [
    { input: [[-1, -2], [-3, -1.5], [-1.5, -2], [-2.5, -2], 0.1] },
    { input: [[-5], [-5], [-8], [-8], 0.5] },
    { input: [[-1000, -10], [0, -20], [-10, -10], [-10, -20], 1] },
  ],
  tests: [
    { name: 'policy equals reference: log 2', input: [[-3, -7, -1], [-4, -2, -9], [-3, -7, -1], [-4, -2, -9], 0.1] },
    { name: 'one sample, positive margin', input: [[-10], [-20], [-12], [-15], 0.1] },
    { name: 'one sample, negative margin', input: [[-20], [-10], [-15], [-12], 0.1] },
    { name: 'margin z = −1000 (naive log σ gives −∞)', input: [[-1000], [0], [0], [0], 1] },
    { name: 'margin z = −750 (just past exp overflow)', input: [[-1500], [0], [0], [0], 0.5] },
    { name: 'margin z = −800 with beta 10', input: [[-100], [-20], [-50], [-50], 10] },
    { name: 'margin z = +1000: loss underflows to 0', input: [[0], [-1000], [0], [0], 1] },
    { name: 'margin z = +40: loss 4e−18', input: [[0], [-40], [0], [0], 1] },
    { name: 'mixed huge margins in one batch', input: [[-1000, 0, -5, -9000], [0, -1000, -5, -100], [0, 0, -6, -100], [0, 0, -4, -9000], 1] },
    { name: 'tiny beta', input: [[-120, -40], [-80, -90], [-100, -60], [-100, -60], 0.001] },
    { name: 'extreme log-probs, beta 10', input: [[-10000, 0, -10000], [0, -10000, -10000], [0, -10000, 0], [-10000, 0, 0], 10] },
    { name: 'random small batches', seed: 132_01, count: 4, make: (rng) => batch(rng, rng.int(1, 8), 30, 20, 3, rng.pick([0.1, 0.5, 1])) },
    { name: 'random, long answers, beta 0.1', seed: 132_02, count: 2, make: (rng) => batch(rng, rng.int(50, 200), 800, 400, 40, 0.1) },
    { name: 'random, policy far from reference, beta 2', seed: 132_03, make: (rng) => batch(rng, 100, 600, 300, 500, 2) },
    { name: 'max batch 10^4', seed: 132_04, make: (rng) => batch(rng, MAX_N, 200, 150, 20, 0.1) },
    { name: 'max batch 10^4, large margins', seed: 132_05, make: (rng) => batch(rng, MAX_N, 3000, 2000, 800, 1) },
  ],
  complexity: { time: 'O(n)', space: 'O(1)' },
});
