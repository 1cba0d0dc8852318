import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const OPS_MAX = 100_000;
const V_MAX = 1_000_000_000;
/**
 * Most large tests stop at 2·10^4 operations: the judge ships every input into the sandbox by
 * structured clone, and LeetCode's one-array-per-operation format makes 10^5 operations slow to copy.
 */
const MID = 20_000;

const METHODS = ['push', 'pop', 'peek', 'size'] as const;
type Method = (typeof METHODS)[number];

const input = z
  .tuple([
    z.array(z.enum(['MinHeap', ...METHODS])).min(1).max(OPS_MAX),
    z.array(z.array(z.number().int().min(-V_MAX).max(V_MAX)).max(1)).max(OPS_MAX),
  ])
  .superRefine(([ops, args], ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    if (ops.length !== args.length) {
      issue(`operations has ${ops.length} entries but arguments has ${args.length}`, [1]);
      return;
    }
    if (ops[0] !== 'MinHeap') issue('the first operation must be the constructor "MinHeap"', [0, 0]);
    // Simulate the size: pop and peek are only called on a non-empty heap.
    let size = 0;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      const arity = op === 'push' ? 1 : 0;
      if (args[i]!.length !== arity) issue(`${op} takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args[i]!.length}`, [1, i]);
      if (i > 0 && op === 'MinHeap') issue('the constructor may only be the first operation', [0, i]);
      if (op === 'push') size++;
      else if ((op === 'pop' || op === 'peek') && size === 0) issue(`${op} is called on an empty heap`, [0, i]);
      else if (op === 'pop') size--;
    }
  });

type Step = [Exclude<Method, 'push'>] | ['push', number];

/** LeetCode's [operations, arguments] for the constructor followed by `steps`. */
function encode(steps: Step[]): [string[], number[][]] {
  return [['MinHeap', ...steps.map((s) => s[0])], [[], ...steps.map((s) => (s[0] === 'push' ? [s[1]] : []))]];
}

const pushes = (values: number[]): Step[] => values.map((v) => ['push', v]);

/** Pops until empty, with a peek and a size check before each pop. */
function drain(count: number): Step[] {
  const out: Step[] = [];
  for (let i = 0; i < count; i++) out.push(['peek'], ['pop'], ['size']);
  return out;
}

/**
 * `n` random operations: push with probability `pPush` (always when empty), otherwise pop, peek or size
 * in the ratio 3 : 2 : 1; values from `value`.
 */
function randomSteps(rng: Rng, n: number, pPush: number, value: () => number): Step[] {
  const out: Step[] = [];
  let size = 0;
  while (out.length < n) {
    if (size === 0 || rng.next() < pPush) {
      out.push(['push', value()]);
      size++;
      continue;
    }
    const r = rng.int(1, 6);
    if (r <= 3) {
      out.push(['pop']);
      size--;
    } else out.push([r <= 5 ? 'peek' : 'size']);
  }
  return out;
}

const anyValue = (rng: Rng) => () => rng.int(-V_MAX, V_MAX);
const ascending = (n: number, from = -V_MAX) => Array.from({ length: n }, (_, i) => from + 2 * i);
const repeat = <T,>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

export default defineProblem({
  slug: 'min-heap',
  section: 'other',
  title: { zh: '手写最小堆', en: 'Min Heap' },
  difficulty: 'medium',
  tags: ['heap', 'design', 'array'],
  entry: {
    kind: 'class',
    name: 'MinHeap',
    constructorParams: [],
    methods: [
      { name: 'push', params: [{ name: 'x', type: 'number' }], returns: 'void' },
      { name: 'pop', params: [], returns: 'number' },
      { name: 'peek', params: [], returns: 'number' },
      { name: 'size', params: [], returns: 'number' },
    ],
  },
  rules: { noSort: true },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [
    { input: [['MinHeap', 'push', 'push', 'peek', 'pop', 'size'], [[], [3], [1], [], [], []]] },
    { input: [['MinHeap', 'push', 'push', 'push', 'pop', 'pop', 'push', 'peek', 'size'], [[], [5], [2], [5], [], [], [-1], [], []]] },
  ],
  tests: [
    { name: 'only the constructor', input: [['MinHeap'], [[]]] },
    { name: 'size of an empty heap', input: [['MinHeap', 'size'], [[], []]] },
    { name: 'pop the only element', input: encode([['push', 7], ['pop'], ['size']]) },
    { name: 'pop the last element, then use the heap again', input: encode([['push', 2], ['push', 1], ['pop'], ['pop'], ['size'], ['push', 3], ['peek'], ['push', 0], ['pop'], ['pop'], ['size']]) },
    { name: 'duplicates of the minimum', input: encode([...pushes([4, 1, 1, 3, 1]), ...drain(5)]) },
    { name: 'extreme values', input: encode([...pushes([V_MAX, -V_MAX, 0, -V_MAX, V_MAX]), ...drain(5)]) },
    { name: 'right child smaller than left child', input: encode([...pushes([1, 5, 2, 6, 7, 3, 4]), ...drain(7)]) },
    { name: 'all equal', input: encode([...pushes(repeat(1000, 42)), ...drain(1000)]) },
    { name: 'ascending pushes, then pop all', input: encode([...pushes(ascending(1000)), ...drain(1000)]) },
    { name: 'descending pushes, then pop all', input: encode([...pushes(ascending(1000).reverse()), ...drain(1000)]) },
    { name: 'random small, interleaved', seed: 401, count: 4, make: (rng) => encode(randomSteps(rng, rng.int(5, 60), 0.5, () => rng.int(-20, 20))) },
    { name: 'random medium, interleaved', seed: 402, count: 2, make: (rng) => encode(randomSteps(rng, 5000, 0.55, anyValue(rng))) },
    { name: '10^5 operations, random, interleaved', seed: 403, make: (rng) => encode(randomSteps(rng, OPS_MAX - 1, 0.55, anyValue(rng))) },
    {
      name: '10^5 operations, 5·10^4 random pushes, then pop all but one',
      seed: 404,
      make: (rng) => encode([...pushes(rng.ints(OPS_MAX / 2, -V_MAX, V_MAX)), ...repeat<Step>(OPS_MAX / 2 - 1, ['pop'])]),
    },
    {
      // Peeks cost O(1) in a heap but O(n) in an unsorted array: 2.5·10^9 element reads for a linear scan.
      name: '10^5 operations, 5·10^4 random pushes, then peek many times',
      seed: 405,
      make: (rng) => {
        const steps = pushes(rng.ints(OPS_MAX / 2, -V_MAX, V_MAX));
        for (let i = 0; i < OPS_MAX / 2 - 1; i++) steps.push([i % 1000 === 999 ? 'pop' : 'peek']);
        return encode(steps);
      },
    },
    { name: '10^5 operations, ascending pushes, then pop all but one', input: encode([...pushes(ascending(OPS_MAX / 2)), ...repeat<Step>(OPS_MAX / 2 - 1, ['pop'])]) },
    { name: '2·10^4 operations, random, interleaved', seed: 406, make: (rng) => encode(randomSteps(rng, MID - 1, 0.55, anyValue(rng))) },
    { name: '2·10^4 operations, values in [0, 10]', seed: 407, make: (rng) => encode(randomSteps(rng, MID - 1, 0.6, () => rng.int(0, 10))) },
    { name: '2·10^4 operations, descending pushes, then pop all but one', input: encode([...pushes(ascending(MID / 2).reverse()), ...repeat<Step>(MID / 2 - 1, ['pop'])]) },
    { name: '2·10^4 operations, all equal', input: encode([...pushes(repeat(MID / 2, -5)), ...repeat<Step>(MID / 2 - 1, ['pop'])]) },
    { name: '2·10^4 ascending pushes', input: encode([...pushes(ascending(MID - 2)), ['peek']]) },
  ],
  complexity: { time: 'O(log n) per push and pop, O(1) per peek and size', space: 'O(n)' },
});
