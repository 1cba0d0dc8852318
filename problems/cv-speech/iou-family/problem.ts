import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const C = 10_000;
const MIN_SIDE = 1e-3;

const coord = z.number().min(-C).max(C);
const box = z
  .tuple([coord, coord, coord, coord])
  .refine(([x1, , x2]) => x2 - x1 >= MIN_SIDE, 'the width x2 - x1 must be at least 0.001')
  .refine(([, y1, , y2]) => y2 - y1 >= MIN_SIDE, 'the height y2 - y1 must be at least 0.001');

/** A random box with integer corners in [lo, hi] (both sides at least 1). */
function intBox(rng: Rng, lo: number, hi: number): number[] {
  const x1 = rng.int(lo, hi - 1);
  const y1 = rng.int(lo, hi - 1);
  return [x1, y1, rng.int(x1 + 1, hi), rng.int(y1 + 1, hi)];
}

/** A random box with real corners: a corner in [lo, hi) and sides in [minSide, maxSide). */
function realBox(rng: Rng, lo: number, hi: number, minSide: number, maxSide: number): number[] {
  const x1 = lo + rng.next() * (hi - lo);
  const y1 = lo + rng.next() * (hi - lo);
  const w = minSide + rng.next() * (maxSide - minSide);
  const h = minSide + rng.next() * (maxSide - minSide);
  return [x1, y1, Math.min(C, x1 + w), Math.min(C, y1 + h)];
}

export default defineProblem({
  slug: 'iou-family',
  section: 'cv-speech',
  title: { zh: 'IoU、GIoU、DIoU 与 CIoU', en: 'IoU, GIoU, DIoU and CIoU' },
  difficulty: 'medium',
  tags: ['computer-vision', 'geometry', 'math', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'iouFamily',
    params: [
      { name: 'a', type: 'number[]' },
      { name: 'b', type: 'number[]' },
    ],
    returns: { type: '{ iou: number; giou: number; diou: number; ciou: number }' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 1000, memoryMb: 64 },
  input: z.tuple([box, box]),
  samples: [
    { input: [[0, 0, 2, 2], [1, 1, 3, 3]] },
    { input: [[0, 0, 4, 2], [1, 0, 3, 3]] },
    { input: [[0, 0, 1, 1], [2, 2, 3, 3]] },
  ],
  tests: [
    { name: 'identical boxes (CIoU needs the eps: 0/0 otherwise)', input: [[1, 2, 5, 4], [1, 2, 5, 4]] },
    { name: 'identical unit boxes', input: [[0, 0, 1, 1], [0, 0, 1, 1]] },
    { name: 'disjoint in both directions', input: [[0, 0, 1, 1], [3, 5, 4, 7]] },
    { name: 'disjoint in x only', input: [[0, 0, 2, 4], [5, 1, 7, 3]] },
    { name: 'disjoint in y only', input: [[0, 0, 4, 2], [1, 6, 3, 9]] },
    { name: 'touching edges', input: [[0, 0, 2, 2], [2, 0, 4, 2]] },
    { name: 'touching corners', input: [[0, 0, 2, 2], [2, 2, 5, 3]] },
    { name: 'containment, same centre', input: [[0, 0, 10, 10], [3, 3, 7, 7]] },
    { name: 'containment, off centre', input: [[0, 0, 10, 6], [1, 1, 3, 2]] },
    { name: 'contained the other way round', input: [[6, 1, 8, 4], [0, 0, 10, 10]] },
    { name: 'a cross: overlapping bars', input: [[0, 2, 6, 4], [2, 0, 4, 6]] },
    { name: 'same shape, shifted', input: [[0, 0, 4, 3], [1, 1, 5, 4]] },
    { name: 'same centre, different aspect ratio', input: [[-2, -1, 2, 1], [-1, -2, 1, 2]] },
    { name: 'negative coordinates', input: [[-9, -7, -3, -1], [-5, -4, -1, 2]] },
    { name: 'large coordinates', input: [[-10_000, -10_000, 9_000, 10_000], [-9_999, -5_000, 10_000, 9_999]] },
    { name: 'far apart at the extremes', input: [[-10_000, -10_000, -9_999, -9_999], [9_999, 9_999, 10_000, 10_000]] },
    { name: 'tiny boxes (the eps of c^2 matters)', input: [[0, 0, 0.002, 0.001], [0.001, 0.0005, 0.003, 0.004]] },
    { name: 'tiny disjoint boxes', input: [[0.1, 0.1, 0.102, 0.102], [0.104, 0.1, 0.106, 0.103]] },
    { name: 'very thin against very wide', input: [[0, 0, 0.002, 100], [-50, 10, 50, 10.002]] },
    {
      name: 'random small integer boxes',
      seed: 1_01,
      count: 8,
      make: (rng) => [intBox(rng, -5, 5), intBox(rng, -5, 5)],
    },
    {
      name: 'random real boxes',
      seed: 1_02,
      count: 6,
      make: (rng) => [realBox(rng, -100, 100, 0.5, 120), realBox(rng, -100, 100, 0.5, 120)],
    },
    {
      name: 'random overlapping boxes',
      seed: 1_03,
      count: 4,
      make: (rng) => {
        const a = realBox(rng, -1000, 1000, 1, 500);
        const shift = () => (rng.next() - 0.5) * 200;
        return [a, [a[0]! + shift(), a[1]! + shift(), a[2]! + shift() + 200, a[3]! + shift() + 200]];
      },
    },
    {
      name: 'random tiny boxes',
      seed: 1_04,
      count: 3,
      make: (rng) => [realBox(rng, 0, 0.01, 2 * MIN_SIDE, 0.01), realBox(rng, 0, 0.01, 2 * MIN_SIDE, 0.01)],
    },
  ],
  complexity: { time: 'O(1)', space: 'O(1)' },
});
