import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 2000;
const C = 10_000;

const coord = z.number().min(0).max(C);
const box = z
  .tuple([coord, coord, coord, coord])
  .refine(([x1, y1, x2, y2]) => x1 < x2 && y1 < y2, 'a box needs x1 < x2 and y1 < y2');
const unit = z.number().min(0).max(1);

const input = z
  .tuple([z.array(box).max(N), z.array(unit).max(N), unit])
  .refine(([boxes, scores]) => boxes.length === scores.length, {
    message: 'scores must have one score per box',
    path: [1],
  });

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/**
 * Detections the way a detector produces them: `objects` true objects, each with a crowd of jittered
 * boxes around it, plus some background boxes. Scores rounded to `scoreDigits` digits, so equal scores occur.
 */
function detections(rng: Rng, n: number, objects: number, span: number, scoreDigits: number): [number[][], number[]] {
  const centres = Array.from({ length: objects }, () => {
    const w = 10 + rng.next() * span * 0.2;
    const h = 10 + rng.next() * span * 0.2;
    return [rng.next() * (span - w), rng.next() * (span - h), w, h] as const;
  });
  const boxes: number[][] = [];
  const scores: number[] = [];
  for (let i = 0; i < n; i++) {
    if (rng.next() < 0.1) {
      const x = rng.next() * (span - 20);
      const y = rng.next() * (span - 20);
      boxes.push([round(x, 2), round(y, 2), round(x + 5 + rng.next() * 15, 2), round(y + 5 + rng.next() * 15, 2)]);
      scores.push(round(rng.next() * 0.5, scoreDigits));
      continue;
    }
    const [x, y, w, h] = rng.pick(centres);
    const jx = (rng.next() - 0.5) * 0.4 * w;
    const jy = (rng.next() - 0.5) * 0.4 * h;
    const sw = w * (0.7 + rng.next() * 0.6);
    const sh = h * (0.7 + rng.next() * 0.6);
    const x1 = Math.max(0, x + jx);
    const y1 = Math.max(0, y + jy);
    boxes.push([round(x1, 2), round(y1, 2), round(Math.min(C, x1 + sw), 2), round(Math.min(C, y1 + sh), 2)]);
    scores.push(round(0.3 + rng.next() * 0.7, scoreDigits));
  }
  return [boxes, scores];
}

/** Small integer boxes on a tiny grid: many exact IoU values such as 1/2, 1/3, 0 and 1. */
function gridBoxes(rng: Rng, n: number, size: number): [number[][], number[]] {
  const boxes: number[][] = [];
  for (let i = 0; i < n; i++) {
    const x1 = rng.int(0, size - 1);
    const y1 = rng.int(0, size - 1);
    boxes.push([x1, y1, rng.int(x1 + 1, size), rng.int(y1 + 1, size)]);
  }
  return [boxes, Array.from({ length: n }, () => rng.int(0, 10) / 10)];
}

export default defineProblem({
  slug: 'nms',
  section: 'cv-speech',
  title: { zh: '非极大值抑制（NMS）', en: 'Non-Maximum Suppression (NMS)' },
  difficulty: 'medium',
  tags: ['computer-vision', 'greedy', 'sorting', 'array'],
  entry: {
    kind: 'function',
    name: 'nms',
    params: [
      { name: 'boxes', type: 'number[][]' },
      { name: 'scores', type: 'number[]' },
      { name: 'iouThreshold', type: 'number' },
    ],
    returns: { type: 'number[]' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 3000, memoryMb: 128 },
  input,
  samples: [
    {
      input: [
        [[0, 0, 10, 10], [1, 1, 11, 11], [0, 0, 10, 10.5], [20, 20, 30, 30], [21, 21, 31, 31]],
        [0.9, 0.8, 0.85, 0.7, 0.95],
        0.5,
      ],
    },
    { input: [[[0, 0, 2, 2], [0, 0, 2, 1], [1, 0, 3, 2]], [0.6, 0.9, 0.6], 0.5] },
  ],
  tests: [
    { name: 'no boxes', input: [[], [], 0.5] },
    { name: 'one box', input: [[[1, 2, 3, 4]], [0.3], 0.5] },
    { name: 'IoU exactly at the threshold is kept', input: [[[0, 0, 2, 2], [0, 0, 2, 1]], [0.9, 0.8], 0.5] },
    { name: 'IoU just above the threshold is suppressed', input: [[[0, 0, 2, 2], [0, 0, 2, 1]], [0.9, 0.8], 0.49] },
    { name: 'threshold 1 keeps identical boxes', input: [[[0, 0, 4, 4], [0, 0, 4, 4], [0, 0, 4, 4]], [0.2, 0.9, 0.5], 1] },
    { name: 'threshold 0 suppresses any overlap', input: [[[0, 0, 10, 10], [9.99, 9.99, 20, 20], [10, 0, 20, 5]], [0.5, 0.4, 0.3], 0] },
    { name: 'identical boxes, equal scores: the lower index wins', input: [[[5, 5, 9, 9], [5, 5, 9, 9], [5, 5, 9, 9]], [0.7, 0.7, 0.7], 0.5] },
    { name: 'equal scores, disjoint boxes: index order', input: [[[0, 0, 1, 1], [2, 2, 3, 3], [4, 4, 5, 5], [6, 6, 7, 7]], [0.5, 0.9, 0.5, 0.5], 0.5] },
    { name: 'equal scores, overlapping pairs', input: [[[0, 0, 4, 4], [10, 10, 14, 14], [0, 0, 4, 3], [10, 10, 14, 13.5]], [0.8, 0.8, 0.8, 0.8], 0.5] },
    {
      name: 'a chain: a suppressed box suppresses nothing',
      input: [[[0, 0, 10, 10], [4, 0, 14, 10], [8, 0, 18, 10]], [0.9, 0.8, 0.7], 0.3],
    },
    {
      name: 'scores increase with the index',
      input: [[[0, 0, 10, 10], [1, 0, 11, 10], [2, 0, 12, 10], [30, 0, 40, 10]], [0.1, 0.2, 0.3, 0.4], 0.5],
    },
    { name: 'touching boxes have IoU 0', input: [[[0, 0, 1, 1], [1, 0, 2, 1], [0, 1, 1, 2]], [0.3, 0.2, 0.1], 0] },
    { name: 'score 0 and score 1', input: [[[0, 0, 3, 3], [0, 0, 3, 3], [5, 5, 6, 6]], [0, 1, 0], 0.7] },
    { name: 'nested boxes', input: [[[0, 0, 100, 100], [10, 10, 90, 90], [20, 20, 80, 80], [40, 40, 60, 60]], [0.5, 0.6, 0.7, 0.8], 0.5] },
    {
      name: 'random grid boxes, exact IoU values',
      seed: 2_01,
      count: 6,
      make: (rng, i) => [...gridBoxes(rng, rng.int(2, 12), 4), [0, 1 / 3, 0.5, 0.25, 1, 0.2][i]!],
    },
    {
      name: 'random detections',
      seed: 2_02,
      count: 5,
      make: (rng) => [...detections(rng, rng.int(20, 300), rng.int(1, 8), 500, 3), rng.pick([0.3, 0.45, 0.5, 0.7])],
    },
    {
      name: 'random detections, coarse scores (many ties)',
      seed: 2_03,
      count: 3,
      make: (rng) => [...detections(rng, rng.int(50, 300), rng.int(2, 6), 300, 1), 0.5],
    },
    { name: 'n = 2000, crowded detections', seed: 2_04, make: (rng) => [...detections(rng, N, 40, C, 4), 0.5] },
    {
      name: 'n = 2000, disjoint boxes (everything kept)',
      seed: 2_05,
      make: (rng) => {
        const boxes: number[][] = [];
        for (let i = 0; i < N; i++) {
          const x = (i % 60) * 160;
          const y = Math.floor(i / 60) * 160;
          boxes.push([x, y, x + 100 + rng.int(0, 50), y + 100 + rng.int(0, 50)]);
        }
        return [boxes, Array.from({ length: N }, () => round(rng.next(), 2)), 0.1];
      },
    },
    { name: 'n = 2000, grid boxes, many ties', seed: 2_06, make: (rng) => [...gridBoxes(rng, N, 30), 0.5] },
  ],
  complexity: { time: 'O(n²)', space: 'O(n)' },
});
