import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const D = 10;
const H = 32;
const N = 200;
const OPS = 1000;
const V = 1000;

const METHODS = ['forward', 'predictProba', 'predict', 'loss', 'accuracy', 'trainStep'] as const;
type Method = (typeof METHODS)[number];
const WITH_LABELS: readonly Method[] = ['loss', 'accuracy', 'trainStep'];

const num = z.number().min(-V).max(V);
const matrix = z.array(z.array(num).min(1)).min(1);

const input = z
  .tuple([z.array(z.enum(['MLP', ...METHODS])).min(1).max(OPS), z.array(z.array(z.unknown())).max(OPS)])
  .superRefine(([ops, args], ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    if (ops.length !== args.length) return issue(`operations has ${ops.length} entries but arguments has ${args.length}`, [1]);
    if (ops[0] !== 'MLP') return issue('the first operation must be the constructor "MLP"', [0, 0]);
    const ctor = z.tuple([matrix, z.array(num).min(1), z.array(num).min(1), num, z.number().gt(0).max(10)]).safeParse(args[0]);
    if (!ctor.success) return issue('the constructor takes [W1 (h × d), b1 (h), W2 (h), b2, lr] with 0 < lr <= 10', [1, 0]);
    const [W1, b1, W2] = ctor.data;
    const h = W1.length;
    const d = W1[0]!.length;
    if (h > H || d > D) issue(`at most ${H} hidden units and ${D} features`, [1, 0]);
    if (W1.some((r) => r.length !== d)) issue('every row of W1 must have d values', [1, 0, 0]);
    if (b1.length !== h || W2.length !== h) issue('b1 and W2 must have one value per hidden unit (row of W1)', [1, 0]);
    for (let i = 1; i < ops.length; i++) {
      const op = ops[i] as Method | 'MLP';
      if (op === 'MLP') { issue('the constructor may only be the first operation', [0, i]); continue; }
      const labelled = WITH_LABELS.includes(op);
      const shape = labelled ? z.tuple([matrix, z.array(z.union([z.literal(0), z.literal(1)]))]) : z.tuple([matrix]);
      const a = shape.safeParse(args[i]);
      if (!a.success) { issue(`${op} takes ${labelled ? '[X, y] with labels 0 or 1' : '[X]'}`, [1, i]); continue; }
      const X = a.data[0];
      if (X.length > N) issue(`at most ${N} samples per call`, [1, i, 0]);
      if (X.some((r) => r.length !== d)) issue(`every sample must have d = ${d} features`, [1, i, 0]);
      if (labelled && (a.data as [number[][], number[]])[1].length !== X.length) issue('y must have one label per sample', [1, i, 1]);
    }
  });

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

type Init = [number[][], number[], number[], number, number];
type Step = [Method, ...unknown[]];

/** LeetCode's [operations, arguments] for the constructor followed by `steps`. */
const session = (init: Init, steps: Step[]): [string[], unknown[][]] => [['MLP', ...steps.map((s) => s[0])], [init, ...steps.map((s) => s.slice(1))]];

/** nn.Linear's default initialisation: uniform in ±1/√fan_in. */
function init(rng: Rng, d: number, h: number, lr: number): Init {
  const u = (fanIn: number) => r4((2 * rng.next() - 1) / Math.sqrt(fanIn));
  return [
    Array.from({ length: h }, () => Array.from({ length: d }, () => u(d))),
    Array.from({ length: h }, () => u(d)),
    Array.from({ length: h }, () => u(h)),
    u(h),
    lr,
  ];
}

/** Two Gaussian blobs at ±sep·u (u a random unit vector), labels 0 and 1 in random order. */
function blobs(rng: Rng, n: number, d: number, sep: number): [number[][], number[]] {
  const u = Array.from({ length: d }, () => rng.normal());
  const norm = Math.hypot(...u);
  const y = Array.from({ length: n }, () => rng.int(0, 1));
  const X = y.map((label) => u.map((v) => r4(((label ? 1 : -1) * sep * v) / norm + rng.normal())));
  return [X, y];
}

/** XOR: points of [-1, 1]² away from the axes, label 1 when x₀·x₁ > 0. Not linearly separable. */
function xor(rng: Rng, n: number): [number[][], number[]] {
  const X: number[][] = [];
  while (X.length < n) {
    const p = [r4(2 * rng.next() - 1), r4(2 * rng.next() - 1)];
    if (Math.abs(p[0]!) > 0.15 && Math.abs(p[1]!) > 0.15) X.push(p);
  }
  return [X, X.map((p) => (p[0]! * p[1]! > 0 ? 1 : 0))];
}

/** `steps` training steps on (X, y), then accuracy, predict and predictProba on the same data. */
function training(X: number[][], y: number[], steps: number): Step[] {
  return [
    ['loss', X, y],
    ...Array.from({ length: steps }, (): Step => ['trainStep', X, y]),
    ['accuracy', X, y],
    ['predict', X],
    ['predictProba', X],
  ];
}

/** Every read-only method once on (X, y). */
const probe = (X: number[][], y: number[]): Step[] => [
  ['forward', X], ['predictProba', X], ['predict', X], ['loss', X, y], ['accuracy', X, y],
];

export default defineProblem({
  slug: 'mlp-binary-classifier',
  section: 'hand-coding',
  title: { zh: '两层感知机二分类器', en: 'Two-Layer Perceptron Binary Classifier' },
  difficulty: 'medium',
  tags: ['deep-learning', 'machine-learning', 'design', 'numerical-stability'],
  entry: {
    kind: 'class',
    name: 'MLP',
    constructorParams: [
      { name: 'W1', type: 'number[][]' },
      { name: 'b1', type: 'number[]' },
      { name: 'W2', type: 'number[]' },
      { name: 'b2', type: 'number' },
      { name: 'lr', type: 'number' },
    ],
    methods: [
      { name: 'forward', params: [{ name: 'X', type: 'number[][]' }], returns: 'number[]' },
      { name: 'predictProba', params: [{ name: 'X', type: 'number[][]' }], returns: 'number[]' },
      { name: 'predict', params: [{ name: 'X', type: 'number[][]' }], returns: 'number[]' },
      { name: 'loss', params: [{ name: 'X', type: 'number[][]' }, { name: 'y', type: 'number[]' }], returns: 'number' },
      { name: 'accuracy', params: [{ name: 'X', type: 'number[][]' }, { name: 'y', type: 'number[]' }], returns: 'number' },
      { name: 'trainStep', params: [{ name: 'X', type: 'number[][]' }, { name: 'y', type: 'number[]' }], returns: 'number' },
    ],
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 3000, memoryMb: 128 },
  input,
  samples: [
    {
      input: session([[[1, -1], [0.5, 0.5]], [0, -0.5], [1, -1], 0, 0.5], [
        ['forward', [[1, 0], [0, 1], [2, 2]]],
        ['predictProba', [[1, 0], [0, 1], [2, 2]]],
        ['predict', [[1, 0], [0, 1], [2, 2]]],
        ['loss', [[1, 0], [0, 1], [2, 2]], [1, 0, 0]],
        ['accuracy', [[1, 0], [0, 1], [2, 2]], [1, 0, 0]],
        ['trainStep', [[1, 0], [0, 1], [2, 2]], [1, 0, 0]],
        ['loss', [[1, 0], [0, 1], [2, 2]], [1, 0, 0]],
      ]),
    },
  ],
  tests: [
    { name: 'only the constructor', input: session([[[1]], [0], [1], 0, 0.1], []) },
    {
      // Every logit is exactly 0: probability 0.5 predicts 1, the loss is ln 2, and since every hidden
      // pre-activation is exactly 0 (ReLU'(0) = 0) only b2 moves in the training step.
      name: 'all-zero weights',
      input: session([[[0, 0], [0, 0]], [0, 0], [0, 0], 0, 1], [
        ...probe([[1, 2], [-3, 0.5], [0, 0]], [1, 0, 0]),
        ['trainStep', [[1, 2], [-3, 0.5], [0, 0]], [1, 0, 0]],
        ['trainStep', [[1, 2], [-3, 0.5], [0, 0]], [1, 0, 0]],
        ...probe([[1, 2], [-3, 0.5], [0, 0]], [1, 0, 0]),
      ]),
    },
    {
      // Logits of about ±1000: log(sigmoid(z)) underflows to log(0) = -Infinity.
      name: 'logits of ±1000, some of them wrong',
      input: session([[[1, 0], [0, 1]], [0, 0], [500, -500], 0, 0.001], [
        ...probe([[2, 0], [0, 2], [1, 1], [2, 0]], [1, 1, 0, 0]),
        ['trainStep', [[2, 0], [0, 2], [1, 1], [2, 0]], [1, 1, 0, 0]],
        ['loss', [[2, 0], [0, 2], [1, 1], [2, 0]], [1, 1, 0, 0]],
      ]),
    },
    {
      name: 'large logits, all right: the loss is nearly 0',
      input: session([[[3, 0]], [0], [300], -20, 0.01], [...probe([[1, 0], [2, 5], [-1, 0], [-3, 1]], [1, 1, 0, 0]), ['trainStep', [[1, 0], [2, 5], [-1, 0], [-3, 1]], [1, 1, 0, 0]]]),
    },
    {
      name: 'one sample, one feature, one hidden unit',
      input: session([[[0.7]], [0.1], [-1.2], 0.3, 0.5], [...probe([[2]], [1]), ['trainStep', [[2]], [1]], ['trainStep', [[2]], [1]], ['trainStep', [[2]], [1]], ...probe([[2]], [1])]),
    },
    {
      name: 'labels all 0, then all 1',
      seed: 91,
      make: (rng) => {
        const [X] = blobs(rng, 20, 3, 1);
        const zeros = X.map(() => 0);
        const ones = X.map(() => 1);
        return session(init(rng, 3, 5, 0.3), [['trainStep', X, zeros], ['trainStep', X, zeros], ...probe(X, zeros), ['trainStep', X, ones], ...probe(X, ones)]);
      },
    },
    {
      name: 'a dead hidden unit (negative pre-activation everywhere)',
      seed: 92,
      make: (rng) => {
        const [X, y] = blobs(rng, 30, 2, 1.5);
        const w = init(rng, 2, 4, 0.2);
        w[1][0] = -100;
        return session(w, training(X, y, 10));
      },
    },
    { name: 'blobs, 2 features, 50 steps', seed: 93, make: (rng) => { const [X, y] = blobs(rng, 60, 2, 2); return session(init(rng, 2, 8, 0.5), training(X, y, 50)); } },
    {
      name: 'separable blobs reach accuracy >= 0.95 after 150 steps',
      seed: 94,
      make: (rng) => { const [X, y] = blobs(rng, 100, 4, 2.5); return session(init(rng, 4, 16, 0.3), training(X, y, 150)); },
    },
    { name: 'XOR reaches accuracy >= 0.95 after 400 steps', seed: 95, make: (rng) => { const [X, y] = xor(rng, 80); return session(init(rng, 2, 16, 1), training(X, y, 400)); } },
    {
      name: 'train on one set, evaluate on another',
      seed: 96,
      make: (rng) => {
        const [X, y] = blobs(rng, 80, 3, 2);
        const [Xt, yt] = [X.slice(60), y.slice(60)];
        return session(init(rng, 3, 12, 0.5), [...training(X.slice(0, 60), y.slice(0, 60), 60), ...probe(Xt, yt)]);
      },
    },
    {
      name: 'mini-batches: each step on a different slice',
      seed: 97,
      make: (rng) => {
        const [X, y] = blobs(rng, 100, 5, 1.5);
        const steps: Step[] = [];
        for (let e = 0; e < 6; e++) for (let b = 0; b < 100; b += 25) steps.push(['trainStep', X.slice(b, b + 25), y.slice(b, b + 25)]);
        return session(init(rng, 5, 10, 0.4), [...steps, ...probe(X, y)]);
      },
    },
    {
      name: 'random operations',
      seed: 98,
      count: 5,
      make: (rng) => {
        const d = rng.int(1, 6);
        const [X, y] = blobs(rng, rng.int(1, 40), d, rng.pick([0, 1, 3]));
        const steps: Step[] = Array.from({ length: rng.int(5, 40) }, () => {
          const op = rng.pick(METHODS);
          return WITH_LABELS.includes(op) ? [op, X, y] : [op, X];
        });
        return session(init(rng, d, rng.int(1, 12), rng.pick([0.05, 0.5, 2])), steps);
      },
    },
    {
      name: 'one feature, one hidden unit, 30 steps',
      seed: 102,
      make: (rng) => { const [X, y] = blobs(rng, 20, 1, 1); return session(init(rng, 1, 1, 0.5), training(X, y, 30)); },
    },
    {
      name: 'learning rate 5: the loss is allowed to go up',
      seed: 100,
      make: (rng) => { const [X, y] = blobs(rng, 40, 2, 1); return session(init(rng, 2, 6, 5), training(X, y, 20)); },
    },
    {
      name: 'training from weights that give logits in the hundreds',
      seed: 101,
      make: (rng) => {
        const [X, y] = blobs(rng, 30, 3, 2);
        const w = init(rng, 3, 8, 0.01);
        w[2] = w[2].map((v) => v * 400);
        return session(w, training(X, y, 15));
      },
    },
    {
      name: 'max sizes: 200 samples, 10 features, 32 hidden units, 40 steps',
      seed: 99,
      make: (rng) => { const [X, y] = blobs(rng, N, D, 1.5); return session(init(rng, D, H, 0.3), training(X, y, 40)); },
    },
  ],
  complexity: { time: 'O(N·d·h) per call (forward and training step)', space: 'O(N·h)' },
});
