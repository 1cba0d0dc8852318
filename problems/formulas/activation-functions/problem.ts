import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const NAMES = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'gelu', 'silu'] as const;
const N = 10_000;
const V = 1000;

/** Special points: zero, the kink, the saturation zones, and the ±1000 stability probes. */
const GRID = [-1000, -100, -40, -30, -10, -5, -3, -2, -1.5, -1, -0.5, -1e-8, 0, 1e-8, 0.5, 1, 1.5, 2, 3, 5, 10, 30, 40, 100, 1000];

const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const uniform = (rng: Rng, n: number, lo: number, hi: number): number[] => Array.from({ length: n }, () => r4(lo + (hi - lo) * rng.next()));

export default defineProblem({
  slug: 'activation-functions',
  section: 'formulas',
  title: { zh: '激活函数及其导数', en: 'Activation Functions and Their Derivatives' },
  difficulty: 'easy',
  tags: ['math', 'deep-learning', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'activate',
    params: [
      { name: 'name', type: "'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'gelu' | 'silu'" },
      { name: 'x', type: 'number[]' },
    ],
    returns: { type: '{ y: number[]; dy: number[] }' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([z.enum(NAMES), z.array(z.number().min(-V).max(V)).min(1).max(N)]),
  samples: [
    { input: ['sigmoid', [-1000, -1, 0, 1, 1000]] },
    { input: ['gelu', [-2, -0.5, 0, 0.5, 2]] },
  ],
  tests: [
    ...NAMES.map((name) => ({ name: `${name}: special points and ±1000`, input: [name, GRID] })),
    { name: 'relu: the kink (dy(0) = 0)', input: ['relu', [0, 1e-300, -1e-300, 2, -2]] },
    { name: 'leaky_relu: the kink (dy(0) = 0.01)', input: ['leaky_relu', [0, 1e-300, -1e-300, 2, -2]] },
    { name: 'sigmoid: only large negatives', input: ['sigmoid', [-1000, -999.5, -745, -710, -709, -100]] },
    { name: 'tanh: only large magnitudes', input: ['tanh', [-1000, -710, -355, 355, 710, 1000]] },
    { name: 'silu: only large magnitudes', input: ['silu', [-1000, -710, -500, 500, 710, 1000]] },
    { name: 'gelu: where the tanh approximation differs most', input: ['gelu', [-3, -2.7, -2.5, -2.2, -2, -1.8, -1.5, 1.5, 1.8, 2, 2.2, 2.5, 2.7, 3]] },
    { name: 'gelu: the erf tails', input: ['gelu', [-8, -7, -6, -5.5, -4.5, 4.5, 5.5, 6, 7, 8]] },
    ...NAMES.map((name, i) => ({
      name: `${name}: random in [-6, 6]`,
      seed: 118_00 + i,
      make: (rng: Rng) => [name, uniform(rng, 1000, -6, 6)],
    })),
    ...NAMES.map((name, i) => ({
      name: `${name}: 10^4 random in [-1000, 1000]`,
      seed: 118_10 + i,
      make: (rng: Rng) => [name, uniform(rng, N, -V, V)],
    })),
    { name: 'gelu: 10^4 normal values', seed: 118_20, make: (rng) => ['gelu', Array.from({ length: N }, () => r4(3 * rng.normal()))] },
  ],
  complexity: { time: 'O(n)', space: 'O(n) for the output' },
});
