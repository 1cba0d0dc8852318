import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 10_000;
const V_MAX = 1_000_000_000;

const value = z.number().int().min(0).max(V_MAX);

/** The index of the peak if `arr` strictly increases then strictly decreases, both parts non-empty; else -1. */
function peakOf(arr: number[]): number {
  let p = 0;
  while (p + 1 < arr.length && arr[p]! < arr[p + 1]!) p++;
  if (p === 0 || p === arr.length - 1) return -1;
  for (let i = p; i + 1 < arr.length; i++) if (arr[i]! <= arr[i + 1]!) return -1;
  return p;
}

const input = z.tuple([value, z.array(value).min(3).max(N_MAX)]).superRefine(([, arr], ctx) => {
  if (arr.length >= 3 && peakOf(arr) === -1) {
    ctx.addIssue({
      code: 'custom',
      message: 'not a mountain array: it must strictly increase to a peak at some index 0 < i < length - 1, then strictly decrease',
      path: [1],
    });
  }
});

/** `count` distinct integers in [lo, hi], ascending. */
function distinctSorted(rng: Rng, count: number, lo: number, hi: number): number[] {
  const span = hi - lo + 1;
  let picked: number[];
  if (2 * count >= span) {
    picked = rng.shuffle(Array.from({ length: span }, (_, i) => lo + i)).slice(0, count);
  } else {
    const set = new Set<number>();
    while (set.size < count) set.add(rng.int(lo, hi));
    picked = [...set];
  }
  return picked.sort((a, b) => a - b);
}

/**
 * A mountain of length n with its peak at index p (1 ≤ p ≤ n - 2) and its peak value at most `top`.
 * Both slopes draw from [0, peak value), so a small `top` makes many values appear on both slopes.
 */
function mountain(rng: Rng, n: number, p: number, top: number): number[] {
  const peakValue = rng.int(Math.max(p, n - 1 - p), Math.max(p, n - 1 - p, top));
  const up = distinctSorted(rng, p, 0, peakValue - 1);
  const down = distinctSorted(rng, n - 1 - p, 0, peakValue - 1).reverse();
  return [...up, peakValue, ...down];
}

type Where = 'both' | 'ascending-only' | 'descending-only' | 'peak' | 'first' | 'last' | 'absent' | 'any';

/** A target at the requested place of `arr`; throws when the mountain has no such value (a generator bug). */
function targetIn(rng: Rng, arr: number[], where: Where): number {
  const p = peakOf(arr);
  const up = arr.slice(0, p);
  const down = arr.slice(p + 1);
  const upSet = new Set(up);
  const downSet = new Set(down);
  const choose = (pool: number[]): number => {
    if (pool.length === 0) throw new Error(`this mountain has no value for a target "${where}"`);
    return rng.pick(pool);
  };
  switch (where) {
    case 'both': return choose(up.filter((v) => downSet.has(v)));
    case 'ascending-only': return choose(up.filter((v) => !downSet.has(v)));
    case 'descending-only': return choose(down.filter((v) => !upSet.has(v)));
    case 'peak': return arr[p]!;
    case 'first': return arr[0]!;
    case 'last': return arr[arr.length - 1]!;
    case 'absent': {
      const all = new Set(arr);
      // Alternately above the peak and in a gap between values.
      for (;;) {
        const t = rng.next() < 0.3 ? rng.int(arr[p]! + 1, Math.max(arr[p]! + 1, V_MAX)) : rng.int(0, arr[p]!);
        if (!all.has(t) && t <= V_MAX) return t;
      }
    }
    case 'any': return choose(arr);
  }
}

/** One test: a mountain of length n, peak index from `peakAt`, target from `where`. */
const make = (n: number, where: Where, top: number, peakAt?: (n: number) => number) => (rng: Rng) => {
  const p = peakAt ? peakAt(n) : rng.int(1, n - 2);
  const arr = mountain(rng, n, p, top);
  return [targetIn(rng, arr, where), arr];
};

export default defineProblem({
  slug: 'mountain-array-search',
  section: 'array',
  title: { zh: '山脉数组中查找目标值', en: 'Find in Mountain Array' },
  difficulty: 'hard',
  tags: ['array', 'binary-search', 'interactive'],
  leetcode: 1095,
  entry: {
    kind: 'function',
    name: 'findInMountainArray',
    params: [
      { name: 'target', type: 'number' },
      // The test input holds the plain array; sandbox.ts hands the solution a MountainArray over it.
      { name: 'mountainArr', type: 'MountainArray' },
    ],
    returns: { type: 'number' },
  },
  declarations: [
    '/** The mountain array, readable only through this interface (at most 100 calls to get). */',
    'interface MountainArray {',
    '  /** The element at index k, 0 <= k < length(). */',
    '  get(index: number): number;',
    '  /** The number of elements. */',
    '  length(): number;',
    '}',
    '',
  ].join('\n'),
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [{ input: [3, [1, 2, 3, 4, 5, 3, 1]] }, { input: [3, [0, 1, 2, 4, 2, 1]] }],
  tests: [
    { name: 'length 3, target at the peak', input: [5, [1, 5, 2]] },
    { name: 'length 3, target at index 0', input: [1, [1, 5, 2]] },
    { name: 'length 3, target at the last index', input: [2, [1, 5, 2]] },
    { name: 'length 3, same value at both ends', input: [1, [1, 5, 1]] },
    { name: 'length 3, absent', input: [3, [1, 5, 2]] },
    { name: 'both slopes, the smaller index wins', input: [3, [1, 3, 5, 7, 9, 8, 3, 0]] },
    { name: 'only on the decreasing slope', input: [4, [1, 2, 3, 5, 4, 0]] },
    { name: 'peak at index 1, target on the decreasing slope', input: [3, [2, 9, 8, 7, 6, 5, 4, 3]] },
    { name: 'peak at length - 2, target on both slopes', input: [1, [0, 1, 2, 3, 4, 5, 6, 7, 9, 1]] },
    { name: 'target 0 at the last index', input: [0, [1, 2, 3, 0]] },
    { name: 'extreme values, target at the peak', input: [V_MAX, [0, V_MAX, 0]] },
    { name: 'absent, above the peak', input: [V_MAX, [0, 5, 10, 20, 15, 7, 6]] },
    { name: 'absent, below every value', input: [0, [3, 5, 10, 20, 15, 7, 6]] },
    { name: 'random small, values shared by both slopes', seed: 201, count: 6, make: (rng) => make(rng.int(3, 60), 'any', 40)(rng) },
    { name: 'n = 10^4, target on both slopes', seed: 202, count: 3, make: make(N_MAX, 'both', 2 * N_MAX) },
    { name: 'n = 10^4, target only on the decreasing slope', seed: 203, count: 2, make: make(N_MAX, 'descending-only', V_MAX) },
    { name: 'n = 10^4, target only on the increasing slope', seed: 204, count: 2, make: make(N_MAX, 'ascending-only', V_MAX) },
    { name: 'n = 10^4, target at the peak', seed: 205, count: 2, make: make(N_MAX, 'peak', V_MAX) },
    { name: 'n = 10^4, absent', seed: 206, count: 3, make: make(N_MAX, 'absent', V_MAX) },
    { name: 'n = 10^4, target at index 0', seed: 207, make: make(N_MAX, 'first', V_MAX) },
    { name: 'n = 10^4, target at the last index', seed: 208, make: make(N_MAX, 'last', V_MAX) },
    { name: 'n = 10^4, peak at index 1', seed: 209, count: 2, make: make(N_MAX, 'descending-only', V_MAX, () => 1) },
    { name: 'n = 10^4, peak at n - 2, target on both slopes', seed: 210, make: make(N_MAX, 'both', N_MAX, (n) => n - 2) },
    { name: 'n = 10^4, peak at n - 2, target at the last index', seed: 211, make: make(N_MAX, 'last', V_MAX, (n) => n - 2) },
    { name: 'n = 10^4, dense values, random target', seed: 212, count: 4, make: make(N_MAX, 'any', 2 * N_MAX) },
  ],
  complexity: { time: 'O(log n)', space: 'O(1)' },
});
