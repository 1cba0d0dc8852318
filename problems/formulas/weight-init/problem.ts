import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

const KINDS = ['xavier_uniform', 'xavier_normal', 'kaiming_uniform', 'kaiming_normal'] as const;
type Kind = (typeof KINDS)[number];

const FAN_MAX = 4096;
const WEIGHTS_MAX = 2 ** 20;
/** The statistical checks run from this many weights on; smaller tests check shape, bounds and finiteness only. */
const STAT_MIN = 20_000;
/** Every statistic must lie within Z standard errors of its target (two-sided p ≈ 2·10⁻⁹ each). */
const Z = 6;
/** Must match QUANTILE_LEVELS in sandbox.ts. */
const QUANTILE_LEVELS = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];
/** Standard normal quantiles at QUANTILE_LEVELS (scipy.stats.norm.ppf). */
const NORMAL_QUANTILES = [
  -2.3263478740408408, -1.6448536269514729, -1.2815515655446004, -0.6744897501960817, 0, 0.6744897501960817,
  1.2815515655446004, 1.6448536269514729, 2.3263478740408408,
];

/** The target distribution of the weights, as torch.nn.init defines it (Kaiming: ReLU gain √2, mode fan_in). */
function target(kind: Kind, fanIn: number, fanOut: number): { uniform: boolean; scale: number; std: number } {
  switch (kind) {
    case 'xavier_uniform': {
      const bound = Math.sqrt(6 / (fanIn + fanOut));
      return { uniform: true, scale: bound, std: bound / Math.sqrt(3) };
    }
    case 'xavier_normal': {
      const std = Math.sqrt(2 / (fanIn + fanOut));
      return { uniform: false, scale: std, std };
    }
    case 'kaiming_uniform': {
      const bound = Math.sqrt(2) * Math.sqrt(3 / fanIn);
      return { uniform: true, scale: bound, std: bound / Math.sqrt(3) };
    }
    case 'kaiming_normal': {
      const std = Math.sqrt(2) / Math.sqrt(fanIn);
      return { uniform: false, scale: std, std };
    }
  }
}

const Summary = z.union([
  z.object({ error: z.string(), randCalls: z.number() }),
  z.object({
    error: z.null(),
    n: z.number(),
    randCalls: z.number(),
    mean: z.number(),
    variance: z.number(),
    kurtosis: z.number().nullable(),
    min: z.number(),
    max: z.number(),
    quantiles: z.array(z.number()).length(QUANTILE_LEVELS.length),
    first: z.array(z.number()),
  }),
]);

const g = (x: number): string => x.toPrecision(6);

/** Judges the summary that sandbox.ts computes inside the isolate. */
function check({ input, output }: { input: unknown[]; output: unknown }): true | string {
  const [kind, fanIn, fanOut] = input as [Kind, number, number];
  const parsed = Summary.safeParse(output);
  if (!parsed.success) return 'the judge could not read the summary of the weights';
  const s = parsed.data;
  if (s.error !== null) return s.error;
  const n = fanIn * fanOut;
  if (s.randCalls < n) {
    return `rand() was called ${s.randCalls} times for ${n} weights: every weight needs fresh randomness (at least one call each)`;
  }
  const t = target(kind, fanIn, fanOut);
  const what = t.uniform ? `U(−${g(t.scale)}, ${g(t.scale)})` : `N(0, ${g(t.scale)}²)`;
  if (t.uniform) {
    const limit = t.scale * (1 + 1e-9);
    if (s.min < -limit || s.max > limit) {
      return `${kind} weights must lie in [−${g(t.scale)}, ${g(t.scale)}]; found values from ${g(s.min)} to ${g(s.max)}`;
    }
  }
  if (n < STAT_MIN) return true;

  const sigma = t.std;
  if (Math.abs(s.mean) > (Z * sigma) / Math.sqrt(n)) {
    return `the mean of the weights is ${g(s.mean)}, too far from 0 for ${n} draws from ${what}`;
  }
  // Var(sample variance) ≈ (μ4 − σ⁴)/n = (κ − 1)σ⁴/n, with kurtosis κ = 1.8 (uniform) or 3 (normal).
  const kappa = t.uniform ? 1.8 : 3;
  const relErr = s.variance / (sigma * sigma) - 1;
  if (Math.abs(relErr) > Z * Math.sqrt((kappa - 1) / n)) {
    return `the standard deviation of the weights is ${g(Math.sqrt(s.variance))}; ${kind} with fanIn = ${fanIn}, fanOut = ${fanOut} needs ${g(sigma)} (${what})`;
  }
  // Sample p-quantile: standard error √(p(1 − p)/n) / f(ξ_p).
  for (let j = 0; j < QUANTILE_LEVELS.length; j++) {
    const p = QUANTILE_LEVELS[j]!;
    let xi: number;
    let density: number;
    if (t.uniform) {
      xi = -t.scale + 2 * t.scale * p;
      density = 1 / (2 * t.scale);
    } else {
      const zq = NORMAL_QUANTILES[j]!;
      xi = t.scale * zq;
      density = Math.exp(-0.5 * zq * zq) / (Math.sqrt(2 * Math.PI) * t.scale);
    }
    const se = Math.sqrt((p * (1 - p)) / n) / density;
    const q = s.quantiles[j]!;
    if (Math.abs(q - xi) > Z * se) {
      return `the ${p * 100}% quantile of the weights is ${g(q)}; ${what} has ${g(xi)}: the weights do not follow the ${t.uniform ? 'uniform' : 'normal'} distribution`;
    }
  }
  // Normal kinds: kurtosis 3 (a uniform has 1.8; a sum of 12 uniforms 2.9). Standard error √(24/n).
  if (!t.uniform && s.kurtosis !== null && Math.abs(s.kurtosis - 3) > Z * Math.sqrt(24 / n)) {
    return `the kurtosis of the weights is ${s.kurtosis.toFixed(4)}; a normal distribution has 3 (±${(Z * Math.sqrt(24 / n)).toFixed(4)} at n = ${n})`;
  }
  return true;
}

const seed = z.number().int().min(0).max(2 ** 32 - 1);

let nextSeed = 7_000;
const test = (kind: Kind, fanIn: number, fanOut: number, name?: string) => ({
  name: name ?? `${kind}, fanIn ${fanIn}, fanOut ${fanOut}`,
  input: [kind, fanIn, fanOut, nextSeed++],
});

export default defineProblem({
  slug: 'weight-init',
  section: 'formulas',
  title: { zh: '神经网络权重初始化（Xavier / Kaiming）', en: 'Weight Initialisation (Xavier / Kaiming)' },
  difficulty: 'medium',
  tags: ['math', 'deep-learning', 'probability', 'randomized', 'statistics'],
  entry: {
    kind: 'function',
    name: 'initWeights',
    params: [
      { name: 'kind', type: "'xavier_uniform' | 'xavier_normal' | 'kaiming_uniform' | 'kaiming_normal'" },
      { name: 'fanIn', type: 'number' },
      { name: 'fanOut', type: 'number' },
      { name: 'rand', type: '() => number' },
    ],
    returns: { type: 'number[][]' },
  },
  rules: { noMathRandom: true },
  checker: { style: 'validator', check },
  limits: { timeMs: 3000, memoryMb: 256 },
  input: z
    .tuple([z.enum(KINDS), z.number().int().min(1).max(FAN_MAX), z.number().int().min(1).max(FAN_MAX), seed])
    .refine(([, fanIn, fanOut]) => fanIn * fanOut <= WEIGHTS_MAX, { message: `fanIn × fanOut must be at most ${WEIGHTS_MAX}`, path: [2] }),
  samples: [{ input: ['kaiming_normal', 3, 2, 1] }, { input: ['xavier_uniform', 512, 256, 2024] }],
  tests: [
    test('xavier_uniform', 1, 1, 'xavier_uniform, 1 × 1'),
    test('kaiming_normal', 1, 1, 'kaiming_normal, 1 × 1'),
    test('xavier_normal', 5, 1, 'xavier_normal, one row'),
    test('kaiming_uniform', 1, 7, 'kaiming_uniform, one column'),
    test('kaiming_uniform', 3, 5, 'kaiming_uniform, 5 × 3 (shape fanOut × fanIn)'),
    test('xavier_uniform', 40, 10, 'xavier_uniform, 10 × 40, bounds only'),
    ...KINDS.map((k) => test(k, 512, 256)),
    ...KINDS.map((k) => test(k, 256, 1024)),
    ...KINDS.map((k) => test(k, 2048, 64)),
    test('xavier_normal', 1024, 1024, 'xavier_normal, 1024 × 1024 (2^20 weights)'),
    test('kaiming_normal', 1024, 1024, 'kaiming_normal, 1024 × 1024 (2^20 weights)'),
    test('kaiming_uniform', 4096, 256, 'kaiming_uniform, fanIn 4096 × fanOut 256 (2^20 weights)'),
    test('xavier_uniform', 100, 200),
  ],
  complexity: { time: 'O(fanIn · fanOut)', space: 'O(fanIn · fanOut) for the output' },
});
