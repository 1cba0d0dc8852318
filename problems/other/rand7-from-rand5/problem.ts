import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

const DRAWS_MAX = 200_000;

/**
 * The statistical checks run only from this many draws on: then every value is expected ≥ 7,142 times
 * and every pair ≥ 1,020 times, far into the range where the chi-square approximation holds, and the
 * mean number of rand5 calls has a standard error below 0.005. Smaller tests check validity only.
 */
const STAT_MIN_DRAWS = 50_000;

/**
 * Upper 10⁻⁶ quantiles of the chi-square distribution (scipy.stats.chi2.isf(1e-6, df)):
 * df 6 → 38.2583, df 42 → 100.6887. At α = 10⁻⁶ a correct solution fails a given test about once in
 * a million runs.
 */
const CHI2_VALUES = 38.26;
const CHI2_SERIAL = 100.69;

/**
 * Bounds on the mean number of rand5 calls per rand7. Below: log 7 / log 5 ≈ 1.209 calls are needed on
 * average for 7 equally likely values (P(fewer than 1.2·N calls for N exact draws) ≤ (5^1.2 / 7)^N,
 * about e^(-730) at N = 5·10^4), so a lower mean means the randomness came from somewhere else. Above:
 * the plain 5×5 rejection method averages 50/21 ≈ 2.381 calls (standard error ≤ 0.005 at N ≥ 5·10^4).
 */
const CALLS_MIN = 1.2;
const CALLS_MAX = 2.5;

const count = z.number().int().min(0);
const Summary = z.object({
  draws: count,
  rand5Calls: count,
  invalid: count,
  values: z.array(count).length(7),
  pairs: z.array(z.array(count).length(7)).length(7),
});

const fmt = (x: number): string => x.toFixed(2);

/** Judges the summary that sandbox.ts returns (see there for its fields). */
function check({ input, output }: { input: unknown[]; output: unknown }): true | string {
  const draws = input[1] as number;
  const parsed = Summary.safeParse(output);
  if (!parsed.success) return 'the judge could not read the summary of the draws';
  const s = parsed.data;
  if (s.invalid > 0) return `${s.invalid} of ${draws} calls to rand7() returned something other than an integer in [0, 6]`;
  const total = s.values.reduce((a, b) => a + b, 0);
  if (s.draws !== draws || total !== draws) return `expected ${draws} results, the summary counts ${total}`;
  if (draws < STAT_MIN_DRAWS) return true;

  const mean = s.rand5Calls / draws;
  if (mean < CALLS_MIN) {
    return `rand7() called rand5() ${mean.toFixed(3)} times on average: at least log 7 / log 5 ≈ 1.209 calls ` +
      `are needed to make 7 equally likely values, so the randomness must come from rand5()`;
  }
  if (mean > CALLS_MAX) {
    return `rand7() called rand5() ${mean.toFixed(3)} times on average; the limit is ${CALLS_MAX} (the 5×5 rejection method needs 50/21 ≈ 2.381)`;
  }

  // Uniformity: Pearson's chi-square over the 7 values (df 6).
  const e1 = draws / 7;
  let psi1 = 0;
  for (const c of s.values) psi1 += (c - e1) ** 2 / e1;
  if (psi1 > CHI2_VALUES) {
    return `the values are not uniform: chi-square = ${fmt(psi1)} > ${CHI2_VALUES} (df 6, α = 1e-6); counts of 0..6: [${s.values.join(', ')}]`;
  }

  // Independence of consecutive results: Good's serial test. Over circular overlapping pairs,
  // psi2 − psi1 is asymptotically chi-square with 49 − 7 = 42 degrees of freedom (I. J. Good, 1953);
  // psi2 alone is not chi-square(48), because overlapping pairs share their values.
  const e2 = draws / 49;
  let psi2 = 0;
  for (const row of s.pairs) for (const c of row) psi2 += (c - e2) ** 2 / e2;
  const serial = psi2 - psi1;
  if (serial > CHI2_SERIAL) {
    let worst = [0, 0, 0];
    for (let a = 0; a < 7; a++) {
      for (let b = 0; b < 7; b++) {
        const d = Math.abs(s.pairs[a]![b]! - e2);
        if (d > worst[2]!) worst = [a, b, d];
      }
    }
    const [a, b] = worst;
    return `consecutive results are not independent: serial chi-square = ${fmt(serial)} > ${CHI2_SERIAL} (df 42, α = 1e-6); ` +
      `for example ${a} was followed by ${b} ${s.pairs[a!]![b!]} times, about ${Math.round(e2)} expected`;
  }
  return true;
}

const seed = z.number().int().min(0).max(2 ** 32 - 1);

export default defineProblem({
  slug: 'rand7-from-rand5',
  section: 'other',
  title: { zh: '用 Rand5() 实现 Rand7()', en: 'Implement Rand7() Using Rand5()' },
  difficulty: 'medium',
  tags: ['math', 'probability', 'randomized', 'rejection-sampling'],
  entry: {
    kind: 'function',
    name: 'rand7',
    params: [
      // Both fields drive the judge (sandbox.ts); the solution receives neither.
      { name: 'seed', type: 'number', codec: 'hidden' },
      { name: 'draws', type: 'number', codec: 'hidden' },
    ],
    returns: { type: 'number' },
  },
  declarations: [
    '/** Returns an integer from 0 to 4, each with probability 1/5, independently on every call. */',
    'declare function rand5(): number;',
    '',
  ].join('\n'),
  rules: { noMathRandom: true },
  checker: { style: 'validator', check },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([seed, z.number().int().min(1).max(DRAWS_MAX)]),
  samples: [{ input: [1, 10] }, { input: [2024, 100_000] }],
  tests: [
    { name: 'one draw', input: [1, 1] },
    { name: 'two draws', input: [2, 2] },
    { name: 'seven draws', input: [3, 7] },
    { name: '49 draws', input: [4, 49] },
    { name: '1000 draws (validity only)', input: [5, 1000] },
    { name: '10^4 draws (validity only)', input: [6, 10_000] },
    { name: '5·10^4 draws, the smallest judged statistically', input: [7, STAT_MIN_DRAWS] },
    { name: '10^5 draws', seed: 301, count: 10, make: (rng) => [rng.int(0, 2 ** 31 - 1), 100_000] },
    { name: '2·10^5 draws', seed: 302, count: 6, make: (rng) => [rng.int(0, 2 ** 31 - 1), DRAWS_MAX] },
  ],
  complexity: { time: 'O(1) expected per call', space: 'O(1)' },
});
