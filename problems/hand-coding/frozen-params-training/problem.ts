import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const NAMES = ['W1', 'b1', 'W2', 'b2', 'W3', 'b3'] as const;
type Name = (typeof NAMES)[number];
const D_IN = 16;
const HIDDEN = 32;
const D_OUT = 8;
const BATCH = 64;
const STEPS = 100;
const V = 1000;

const num = z.number().min(-V).max(V);
const matrix = z.array(z.array(num).min(1)).min(1);
const vector = z.array(num).min(1);

const input = z
  .tuple([
    z.strictObject({ W1: matrix, b1: vector, W2: matrix, b2: vector, W3: matrix, b3: vector }),
    z.array(z.array(z.enum(NAMES))).min(1).max(STEPS),
    matrix, // X
    matrix, // Y
    z.number().gt(0).max(1), // lr
    z.number().min(0).lt(1), // momentum
    z.number().min(0).max(0.1), // weightDecay
  ])
  .superRefine(([p, frozen, X, Y], ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    const rect = (m: number[][], rows: number, cols: number, what: string, path: (string | number)[]) => {
      if (m.length !== rows || m.some((r) => r.length !== cols)) issue(`${what} must be ${rows} × ${cols}`, path);
    };
    const h1 = p.W1.length;
    const h2 = p.W2.length;
    const dOut = p.W3.length;
    const dIn = p.W1[0]!.length;
    const n = X.length;
    if (dIn > D_IN || h1 > HIDDEN || h2 > HIDDEN || dOut > D_OUT || n > BATCH) {
      issue(`sizes: d_in <= ${D_IN}, hidden <= ${HIDDEN}, d_out <= ${D_OUT}, batch <= ${BATCH}`, [0]);
    }
    rect(p.W1, h1, dIn, 'W1', [0, 'W1']);
    rect(p.W2, h2, h1, 'W2 (hidden2 × hidden1)', [0, 'W2']);
    rect(p.W3, dOut, h2, 'W3 (d_out × hidden2)', [0, 'W3']);
    if (p.b1.length !== h1) issue('b1 must have one value per row of W1', [0, 'b1']);
    if (p.b2.length !== h2) issue('b2 must have one value per row of W2', [0, 'b2']);
    if (p.b3.length !== dOut) issue('b3 must have one value per row of W3', [0, 'b3']);
    rect(X, n, dIn, 'X (batch × d_in)', [2]);
    rect(Y, n, dOut, 'Y (batch × d_out)', [3]);
    frozen.forEach((names, t) => {
      if (new Set(names).size !== names.length) issue('a name appears twice', [1, t]);
    });
  });

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const mat = (rows: number, cols: number, f: () => number): number[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => r4(f())));
const vec = (n: number, f: () => number): number[] => Array.from({ length: n }, () => r4(f()));

interface Shape { dIn: number; h1: number; h2: number; dOut: number; n: number }

/** PyTorch-like initial weights (uniform in ±1/√fan_in), inputs ~ N(0, 1), targets ~ N(0, 1). */
function network(rng: Rng, s: Shape) {
  const u = (fanIn: number) => () => (2 * rng.next() - 1) / Math.sqrt(fanIn);
  const params = {
    W1: mat(s.h1, s.dIn, u(s.dIn)), b1: vec(s.h1, u(s.dIn)),
    W2: mat(s.h2, s.h1, u(s.h1)), b2: vec(s.h2, u(s.h1)),
    W3: mat(s.dOut, s.h2, u(s.h2)), b3: vec(s.dOut, u(s.h2)),
  };
  const X = mat(s.n, s.dIn, () => rng.normal());
  const Y = mat(s.n, s.dOut, () => rng.normal());
  return { params, X, Y };
}

/** One test: a network of shape s, the frozen lists step by step, and the optimiser settings. */
function makeCase(rng: Rng, s: Shape, frozen: Name[][], lr: number, momentum: number, weightDecay: number): unknown[] {
  const { params, X, Y } = network(rng, s);
  return [params, frozen, X, Y, lr, momentum, weightDecay];
}

const repeat = (steps: number, names: Name[]): Name[][] => Array.from({ length: steps }, () => [...names]);
/** `steps` steps; during steps [from, to) the names are frozen, outside nothing is. */
const during = (steps: number, names: Name[], from: number, to: number): Name[][] =>
  Array.from({ length: steps }, (_, t) => (t >= from && t < to ? [...names] : []));
const small: Shape = { dIn: 3, h1: 4, h2: 4, dOut: 2, n: 5 };
const medium: Shape = { dIn: 6, h1: 10, h2: 8, dOut: 3, n: 16 };

export default defineProblem({
  slug: 'frozen-params-training',
  section: 'hand-coding',
  title: { zh: '冻结部分参数的训练', en: 'Training with Frozen Parameters' },
  difficulty: 'hard',
  tags: ['deep-learning', 'machine-learning', 'optimization', 'matrix'],
  entry: {
    kind: 'function',
    name: 'trainSteps',
    params: [
      { name: 'params', type: 'MLPParams' },
      { name: 'frozen', type: 'string[][]' },
      { name: 'X', type: 'number[][]' },
      { name: 'Y', type: 'number[][]' },
      { name: 'lr', type: 'number' },
      { name: 'momentum', type: 'number' },
      { name: 'weightDecay', type: 'number' },
    ],
    returns: { type: '{ params: MLPParams; losses: number[] }' },
  },
  declarations: [
    '/** The parameters of the 3-layer MLP, laid out like torch.nn.Linear (weight: out × in). */',
    'interface MLPParams {',
    '  W1: number[][]; // hidden1 × d_in',
    '  b1: number[];   // hidden1',
    '  W2: number[][]; // hidden2 × hidden1',
    '  b2: number[];   // hidden2',
    '  W3: number[][]; // d_out × hidden2',
    '  b3: number[];   // d_out',
    '}',
    '',
  ].join('\n'),
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 2000, memoryMb: 128 },
  input,
  samples: [
    {
      input: [
        { W1: [[1, -1], [0.5, 2]], b1: [0, -1], W2: [[1, 1], [-1, 0.5]], b2: [0, 0.5], W3: [[1, -2]], b3: [0] },
        [['W2', 'b2'], ['W2', 'b2']],
        [[1, 2], [-1, 0.5]],
        [[1], [0]],
        0.1, 0.9, 0.01,
      ],
    },
    { input: [{ W1: [[0.5]], b1: [0], W2: [[1]], b2: [0], W3: [[2]], b3: [0.1] }, [['W1', 'b1'], [], []], [[1]], [[2]], 0.05, 0.5, 0] },
  ],
  tests: [
    { name: 'one step, nothing frozen', seed: 71, make: (rng) => makeCase(rng, small, [[]], 0.1, 0.9, 0.01) },
    { name: 'one step, everything frozen', seed: 72, make: (rng) => makeCase(rng, small, [[...NAMES]], 0.1, 0.9, 0.01) },
    { name: 'everything frozen for 5 steps: the loss never moves', seed: 73, make: (rng) => makeCase(rng, small, repeat(5, [...NAMES]), 0.1, 0.9, 0.1) },
    { name: 'nothing frozen, plain gradient descent', seed: 74, make: (rng) => makeCase(rng, medium, repeat(10, []), 0.05, 0, 0) },
    { name: 'nothing frozen, momentum and weight decay', seed: 75, make: (rng) => makeCase(rng, medium, repeat(20, []), 0.05, 0.9, 0.01) },
    { name: 'middle layer frozen: gradient still reaches layer 1', seed: 76, make: (rng) => makeCase(rng, medium, repeat(15, ['W2', 'b2']), 0.05, 0.9, 0.01) },
    { name: 'middle weight frozen, no momentum, no decay', seed: 77, make: (rng) => makeCase(rng, medium, repeat(10, ['W2']), 0.1, 0, 0) },
    { name: 'last layer frozen, the first two train', seed: 78, make: (rng) => makeCase(rng, medium, repeat(12, ['W3', 'b3']), 0.05, 0.8, 0.005) },
    { name: 'first layer frozen (a fixed feature extractor)', seed: 79, make: (rng) => makeCase(rng, medium, repeat(12, ['W1', 'b1']), 0.05, 0.9, 0.01) },
    { name: 'only W3 trains', seed: 80, make: (rng) => makeCase(rng, medium, repeat(10, ['W1', 'b1', 'W2', 'b2', 'b3']), 0.1, 0.9, 0.01) },
    { name: 'biases frozen, weights train', seed: 81, make: (rng) => makeCase(rng, medium, repeat(10, ['b1', 'b2', 'b3']), 0.05, 0.9, 0.02) },
    // A parameter first trained at step 6: its momentum buffer starts there, with no history.
    { name: 'layer 1 frozen for 6 steps, then unfrozen', seed: 82, make: (rng) => makeCase(rng, medium, during(16, ['W1', 'b1'], 0, 6), 0.05, 0.9, 0.01) },
    // Trained, frozen, trained again: the buffer is kept while frozen, neither updated nor reset.
    { name: 'layer 2 trains, is frozen for 5 steps, then trains again', seed: 83, make: (rng) => makeCase(rng, medium, during(15, ['W2', 'b2'], 5, 10), 0.05, 0.9, 0.01) },
    {
      name: 'W1 frozen on every other step',
      seed: 84,
      make: (rng) => makeCase(rng, medium, Array.from({ length: 12 }, (_, t) => (t % 2 === 0 ? ['W1' as Name] : [])), 0.05, 0.9, 0.01),
    },
    { name: 'strong weight decay with the middle layer frozen', seed: 85, make: (rng) => makeCase(rng, medium, repeat(10, ['W2', 'b2']), 0.05, 0.9, 0.1) },
    { name: 'scalar network, batch of one', seed: 86, make: (rng) => makeCase(rng, { dIn: 1, h1: 1, h2: 1, dOut: 1, n: 1 }, during(8, ['W2'], 2, 5), 0.1, 0.5, 0.01) },
    {
      // b1 far below zero: every first-layer unit is dead, so W1 and b1 get zero gradient and only
      // weight decay moves them.
      name: 'dead first layer: only weight decay moves W1 and b1',
      seed: 87,
      make: (rng) => {
        const c = makeCase(rng, small, repeat(6, ['W3']), 0.1, 0.9, 0.05);
        const p = c[0] as { b1: number[] };
        p.b1 = p.b1.map(() => -50);
        return c;
      },
    },
    {
      name: 'random sizes and freezing schedules',
      seed: 88,
      count: 5,
      make: (rng) => {
        const s: Shape = { dIn: rng.int(1, 8), h1: rng.int(1, 12), h2: rng.int(1, 12), dOut: rng.int(1, 4), n: rng.int(1, 20) };
        const steps = rng.int(1, 25);
        const frozen = Array.from({ length: steps }, () => NAMES.filter(() => rng.next() < 0.3));
        return makeCase(rng, s, frozen, rng.pick([0.01, 0.05, 0.1]), rng.pick([0, 0.5, 0.9]), rng.pick([0, 1e-3, 0.01]));
      },
    },
    {
      name: 'max sizes, middle layer unfrozen halfway',
      seed: 89,
      make: (rng) => makeCase(rng, { dIn: D_IN, h1: HIDDEN, h2: HIDDEN, dOut: D_OUT, n: BATCH }, during(30, ['W2', 'b2'], 0, 15), 0.02, 0.9, 0.01),
    },
  ],
  complexity: { time: 'O(T·N·(d_in·h1 + h1·h2 + h2·d_out)) for T steps and a batch of N', space: 'O(N·(h1 + h2 + d_out)) plus the parameters and their buffers' },
});
