import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const C_MAX = 64;
const S_MAX = 64; // H, W
const K_MAX = 11; // kH, kW
const WORK_MAX = 20_000_000; // Cout·Hout·Wout·(Cin/groups)·kH·kW
const V = 1000;

const value = z.number().min(-V).max(V);
const pair = (lo: number, hi: number) => z.tuple([z.number().int().min(lo).max(hi), z.number().int().min(lo).max(hi)]);

const input = z
  .tuple([
    z.array(z.array(z.array(value).min(1).max(S_MAX)).min(1).max(S_MAX)).min(1).max(C_MAX),
    z.array(z.array(z.array(z.array(value).min(1).max(K_MAX)).min(1).max(K_MAX)).min(1).max(C_MAX)).min(1).max(C_MAX),
    z.union([z.null(), z.array(value)]),
    pair(1, 8),
    pair(0, 16),
    pair(1, 8),
    z.number().int().min(1).max(C_MAX),
  ])
  .superRefine(([x, wt, bias, stride, padding, dilation, groups], ctx) => {
    const issue = (message: string, path: number) => ctx.addIssue({ code: 'custom', message, path: [path] });
    const h = x[0]!.length;
    const w = x[0]![0]!.length;
    if (!x.every((plane) => plane.length === h && plane.every((r) => r.length === w))) {
      return issue('input must be a rectangular [Cin][H][W] array', 0);
    }
    const cinG = wt[0]!.length;
    const kh = wt[0]![0]!.length;
    const kw = wt[0]![0]![0]!.length;
    if (!wt.every((f) => f.length === cinG && f.every((k) => k.length === kh && k.every((r) => r.length === kw)))) {
      return issue('weight must be a rectangular [Cout][Cin/groups][kH][kW] array', 1);
    }
    const cin = x.length;
    const cout = wt.length;
    if (cin % groups !== 0 || cout % groups !== 0) return issue('Cin and Cout must both be divisible by groups', 6);
    if (cinG !== cin / groups) return issue(`weight must have Cin/groups = ${cin / groups} input channels per filter`, 1);
    if (bias !== null && bias.length !== cout) return issue(`bias must be null or hold Cout = ${cout} values`, 2);
    const hout = Math.floor((h + 2 * padding[0] - dilation[0] * (kh - 1) - 1) / stride[0]) + 1;
    const wout = Math.floor((w + 2 * padding[1] - dilation[1] * (kw - 1) - 1) / stride[1]) + 1;
    if (hout < 1 || wout < 1) return issue('the output would be empty: the dilated kernel must fit in the padded input', 1);
    if (cout * hout * wout * cinG * kh * kw > WORK_MAX) return issue(`Cout·Hout·Wout·(Cin/groups)·kH·kW must be at most ${WORK_MAX}`, 1);
  });

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const tensor = (rng: Rng, dims: number[], scale = 1): unknown => {
  const [d, ...rest] = dims;
  return Array.from({ length: d! }, () => (rest.length === 0 ? r3((rng.next() * 2 - 1) * scale) : tensor(rng, rest, scale)));
};

type Conv = { cin: number; h: number; w: number; cout: number; k: [number, number]; s: [number, number]; p: [number, number]; d: [number, number]; g: number; bias?: boolean; scale?: number };

/** A random case of the given geometry: values in (−scale, scale) with three decimals. */
const make = (c: Conv) => (rng: Rng) => [
  tensor(rng, [c.cin, c.h, c.w], c.scale ?? 1),
  tensor(rng, [c.cout, c.cin / c.g, c.k[0], c.k[1]], c.scale ?? 1),
  c.bias === false ? null : tensor(rng, [c.cout], c.scale ?? 1),
  c.s,
  c.p,
  c.d,
  c.g,
];

export default defineProblem({
  slug: 'conv2d',
  section: 'cv-speech',
  title: { zh: '二维卷积（步长、填充、空洞、分组）', en: '2D Convolution (Stride, Padding, Dilation, Groups)' },
  difficulty: 'medium',
  tags: ['computer-vision', 'deep-learning', 'matrix', 'simulation'],
  entry: {
    kind: 'function',
    name: 'conv2d',
    params: [
      { name: 'input', type: 'number[][][]' },
      { name: 'weight', type: 'number[][][][]' },
      { name: 'bias', type: 'number[] | null' },
      { name: 'stride', type: 'number[]' },
      { name: 'padding', type: 'number[]' },
      { name: 'dilation', type: 'number[]' },
      { name: 'groups', type: 'number' },
    ],
    returns: { type: 'number[][][]' },
  },
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 2000, memoryMb: 256 },
  input,
  samples: [
    {
      input: [
        [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]],
        [[[[1, 0], [0, -1]]]],
        [0.5],
        [1, 1],
        [0, 0],
        [1, 1],
        1,
      ],
    },
    {
      input: [
        [[[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]], [[0, 1, 0, 1, 0], [1, 0, 1, 0, 1]]],
        [[[[1, 1]]], [[[2, -1]]]],
        null,
        [1, 2],
        [1, 0],
        [1, 2],
        2,
      ],
    },
  ],
  tests: [
    { name: '1×1 input, 1×1 kernel', input: [[[[3]]], [[[[2]]]], [1], [1, 1], [0, 0], [1, 1], 1] },
    { name: 'no bias (null)', input: [[[[1, 2], [3, 4]]], [[[[1, 1], [1, 1]]]], null, [1, 1], [0, 0], [1, 1], 1] },
    { name: 'asymmetric kernel: no flip', input: [[[[1, 2, 3], [4, 5, 6]]], [[[[1, 2, 3]]]], null, [1, 1], [0, 0], [1, 1], 1] },
    { name: 'padding only', input: [[[[1, 2], [3, 4]]], [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]], [0], [1, 1], [1, 1], [1, 1], 1] },
    { name: 'kernel larger than the input, large padding', input: [[[[1, -2], [3, 5]]], [[[[1, 2, 3, 4, 5], [0, 1, 0, 1, 0]]]], [0.25], [1, 1], [2, 3], [1, 1], 1] },
    { name: 'stride larger than the kernel', input: [[[[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20]]], [[[[1]]]], [0], [3, 2], [0, 0], [1, 1], 1] },
    { name: 'stride leaves a remainder (floor)', input: [[[[1, 2, 3, 4, 5, 6, 7]]], [[[[1, -1]]]], null, [1, 3], [0, 0], [1, 1], 1] },
    { name: 'dilation 2, 3×3 kernel on 5×5', input: [[[[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20], [21, 22, 23, 24, 25]]], [[[[1, 0, -1], [2, 0, -2], [1, 0, -1]]]], [0], [1, 1], [0, 0], [2, 2], 1] },
    { name: 'depthwise: groups = Cin = Cout', input: [[[[1, 2], [3, 4]], [[5, 6], [7, 8]], [[-1, 0], [0, 1]]], [[[[1]]], [[[2]]], [[[3]]]], [0, 0, 1], [1, 1], [0, 0], [1, 1], 3] },
    { name: 'groups = 2, two filters per group', seed: 3_01, make: make({ cin: 4, h: 5, w: 6, cout: 4, k: [3, 2], s: [1, 1], p: [1, 0], d: [1, 1], g: 2 }) },
    { name: 'channel multiplier: groups = Cin, Cout = 2·Cin', seed: 3_02, make: make({ cin: 3, h: 6, w: 6, cout: 6, k: [3, 3], s: [2, 2], p: [1, 1], d: [1, 1], g: 3 }) },
    { name: 'different stride, padding and dilation per axis', seed: 3_03, make: make({ cin: 2, h: 9, w: 12, cout: 3, k: [2, 3], s: [2, 3], p: [0, 2], d: [3, 1], g: 1 }) },
    { name: 'single output pixel', seed: 3_04, make: make({ cin: 3, h: 4, w: 4, cout: 2, k: [4, 4], s: [5, 5], p: [0, 0], d: [1, 1], g: 1 }) },
    { name: 'output exactly 1 wide thanks to dilation', seed: 3_05, make: make({ cin: 1, h: 7, w: 7, cout: 1, k: [3, 3], s: [1, 1], p: [0, 0], d: [3, 3], g: 1 }) },
    { name: 'large values (cancellation)', seed: 3_06, make: make({ cin: 2, h: 6, w: 6, cout: 2, k: [3, 3], s: [1, 1], p: [1, 1], d: [1, 1], g: 1, scale: V }) },
    {
      name: 'random geometry',
      seed: 3_07,
      count: 6,
      make: (rng) => {
        const g = rng.pick([1, 1, 2, 3]);
        const cin = g * rng.int(1, 3);
        const cout = g * rng.int(1, 3);
        const k: [number, number] = [rng.int(1, 4), rng.int(1, 4)];
        const d: [number, number] = [rng.int(1, 3), rng.int(1, 3)];
        const p: [number, number] = [rng.int(0, 3), rng.int(0, 3)];
        const s: [number, number] = [rng.int(1, 3), rng.int(1, 3)];
        const h = Math.max(1, d[0] * (k[0] - 1) + 1 - 2 * p[0]) + rng.int(0, 8);
        const w = Math.max(1, d[1] * (k[1] - 1) + 1 - 2 * p[1]) + rng.int(0, 8);
        return make({ cin, h, w, cout, k, s, p, d, g, bias: rng.next() < 0.7 })(rng);
      },
    },
    { name: 'max: 16 → 32 channels, 48×48, 3×3, padding 1', seed: 3_08, make: make({ cin: 16, h: 48, w: 48, cout: 32, k: [3, 3], s: [1, 1], p: [1, 1], d: [1, 1], g: 1 }) },
    { name: 'max: depthwise 32 channels, 48×48, 5×5, dilation 2', seed: 3_09, make: make({ cin: 32, h: 48, w: 48, cout: 32, k: [5, 5], s: [1, 1], p: [4, 4], d: [2, 2], g: 32 }) },
    { name: 'max: grouped 7×7 stride 2', seed: 3_10, make: make({ cin: 16, h: 64, w: 64, cout: 32, k: [7, 7], s: [2, 2], p: [3, 3], d: [1, 1], g: 4 }) },
  ],
  complexity: { time: 'O(Cout · Hout · Wout · (Cin/groups) · kH · kW)', space: 'O(Cin · H · W + Cout · Hout · Wout)' },
});
