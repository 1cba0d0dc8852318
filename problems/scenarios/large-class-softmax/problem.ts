import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const CLASSES_MAX = 100_000;
const CHUNKS_MAX = 10_000;
const V = 10_000;

/** A value rounded to 3 decimals keeps the test data small. */
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Splits `logits` into chunks of random sizes in [0, maxSize] (empty chunks included). */
function split(rng: Rng, logits: number[], maxSize: number, pEmpty = 0.05): number[][] {
  const chunks: number[][] = [];
  for (let i = 0; i < logits.length; ) {
    if (rng.next() < pEmpty) {
      chunks.push([]);
      continue;
    }
    const size = rng.int(1, maxSize);
    chunks.push(logits.slice(i, i + size));
    i += size;
  }
  return chunks;
}

const uniform = (rng: Rng, n: number, lo: number, hi: number): number[] => Array.from({ length: n }, () => r3(lo + (hi - lo) * rng.next()));

export default defineProblem({
  slug: 'large-class-softmax',
  section: 'scenarios',
  title: { zh: '超大类别数的分块交叉熵', en: 'Chunked Cross-Entropy over a Huge Number of Classes' },
  difficulty: 'medium',
  tags: ['math', 'deep-learning', 'numerical-stability', 'scenario'],
  entry: {
    kind: 'function',
    name: 'chunkedCrossEntropy',
    params: [
      { name: 'logitChunks', type: 'number[][]' },
      { name: 'label', type: 'number' },
    ],
    returns: { type: 'number' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-9 },
  limits: { timeMs: 1000, memoryMb: 256 },
  input: z
    .tuple([z.array(z.array(z.number().min(-V).max(V))).min(1).max(CHUNKS_MAX), z.number().int().min(0)])
    .superRefine(([chunks, label], ctx) => {
      const total = chunks.reduce((s, c) => s + c.length, 0);
      if (total < 1) ctx.addIssue({ code: 'custom', message: 'there must be at least one class', path: [0] });
      if (total > CLASSES_MAX) ctx.addIssue({ code: 'custom', message: `at most ${CLASSES_MAX} classes in all, got ${total}`, path: [0] });
      if (label >= total) ctx.addIssue({ code: 'custom', message: `must be less than the number of classes (${total})`, path: [1] });
    }),
  samples: [{ input: [[[1, 2], [3]], 0] }, { input: [[[1000, 1001], [], [1002]], 2] }],
  tests: [
    { name: 'one class', input: [[[42]], 0] },
    { name: 'one class after empty chunks', input: [[[], [], [-V]], 0] },
    { name: 'two equal logits (log 2)', input: [[[5], [5]], 1] },
    { name: 'label in the middle chunk', input: [[[0.5, -1], [2, 0.25, 3], [-2]], 3] },
    { name: 'empty chunks first, in the middle and last', input: [[[], [1, 2], [], [3, 4], []], 2] },
    { name: 'logits of +1000', input: [[[1000, 999], [998, 1000]], 1] },
    { name: 'logits of -1000', input: [[[-1000], [-1001, -1002]], 2] },
    { name: 'the label far below the rest (large loss)', input: [[[V, V - 1], [-V]], 2] },
    { name: 'the label far above the rest (loss ≈ 0)', input: [[[-V, -V + 1], [V]], 2] },
    { name: 'maximum grows chunk after chunk', input: [[[-1000], [-10], [0], [10], [1000]], 0] },
    { name: 'maximum falls chunk after chunk', input: [[[1000], [10], [0], [-10], [-1000]], 4] },
    { name: 'a chunk far below, then one far above', input: [[[-V, -V], [V, V - 0.5]], 1] },
    {
      name: 'random small',
      seed: 164_01,
      count: 4,
      make: (rng) => {
        const logits = uniform(rng, rng.int(1, 30), -10, 10);
        return [split(rng, logits, 5, 0.2), rng.int(0, logits.length - 1)];
      },
    },
    {
      name: 'random, logits up to ±1000',
      seed: 164_02,
      count: 3,
      make: (rng) => {
        const logits = uniform(rng, rng.int(100, 2000), -1000, 1000);
        return [split(rng, logits, 300), rng.int(0, logits.length - 1)];
      },
    },
    {
      name: 'random, chunks at different offsets (±5000)',
      seed: 164_03,
      count: 2,
      make: (rng) => {
        const chunks = Array.from({ length: rng.int(5, 20) }, () => {
          const offset = rng.int(-5000, 5000);
          return uniform(rng, rng.int(0, 200), offset - 20, offset + 20);
        });
        const total = chunks.reduce((s, c) => s + c.length, 0) || 1;
        if (chunks.every((c) => c.length === 0)) chunks[0] = [0];
        return [chunks, rng.int(0, total - 1)];
      },
    },
    {
      name: '10^5 classes in chunks of up to 4096, logits ±1000',
      seed: 164_04,
      make: (rng) => {
        const logits = uniform(rng, CLASSES_MAX, -1000, 1000);
        return [split(rng, logits, 4096), rng.int(0, CLASSES_MAX - 1)];
      },
    },
    {
      name: '10^5 classes, 10^4 chunks of 10, normal logits',
      seed: 164_05,
      make: (rng) => {
        const logits = Array.from({ length: CLASSES_MAX }, () => r3(3 * rng.normal()));
        return [Array.from({ length: CHUNKS_MAX }, (_, i) => logits.slice(10 * i, 10 * i + 10)), rng.int(0, CLASSES_MAX - 1)];
      },
    },
    {
      name: '10^5 classes, one chunk, all equal (log 10^5)',
      input: [[new Array<number>(CLASSES_MAX).fill(-777)], 12_345],
    },
  ],
  complexity: { time: 'O(C), C classes', space: 'O(1) besides the input' },
});
