import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const MAX_V = 200;
const MAX_BEAMS = 16;
const MAX_LEN = 100;
const LP_MIN = -100;

const logProb = z.number().finite().min(LP_MIN).max(0);

/** log-softmax, clipped below at LP_MIN. */
function logSoftmax(logits: number[]): number[] {
  const m = Math.max(...logits);
  let sum = 0;
  for (const l of logits) sum += Math.exp(l - m);
  const lse = m + Math.log(sum);
  return logits.map((l) => Math.max(LP_MIN, l - lse));
}

/** A random first-order model over v tokens; eosBias shifts the EOS logit (negative: longer outputs). */
function randomModel(rng: Rng, v: number, eos: number, sigma: number, eosBias: number): [number[], number[][]] {
  const row = (): number[] => logSoftmax(Array.from({ length: v }, (_, t) => sigma * rng.normal() + (t === eos ? eosBias : 0)));
  return [row(), Array.from({ length: v }, row)];
}

const randomCase = (rng: Rng, v: number, beams: number, maxLength: number, alpha: number, sigma = 1.5, eosBias = 0) => {
  const eos = rng.int(0, v - 1);
  const [start, trans] = randomModel(rng, v, eos, sigma, eosBias);
  return [start, trans, eos, beams, maxLength, alpha];
};

const uniform = (v: number): number[] => new Array<number>(v).fill(-Math.log(v));

export default defineProblem({
  slug: 'beam-search',
  section: 'llm',
  title: { zh: '束搜索解码', en: 'Beam Search Decoding' },
  difficulty: 'hard',
  tags: ['llm', 'heap', 'sorting', 'greedy'],
  entry: {
    kind: 'function',
    name: 'beamSearch',
    params: [
      { name: 'startLogProbs', type: 'number[]' },
      { name: 'transitionLogProbs', type: 'number[][]' },
      { name: 'eos', type: 'number' },
      { name: 'numBeams', type: 'number' },
      { name: 'maxLength', type: 'number' },
      { name: 'lengthPenalty', type: 'number' },
    ],
    returns: { type: 'number[]' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 3000, memoryMb: 128 },
  input: z
    .tuple([
      z.array(logProb).min(2).max(MAX_V),
      z.array(z.array(logProb)).min(2).max(MAX_V),
      z.number().int().min(0),
      z.number().int().min(1).max(MAX_BEAMS),
      z.number().int().min(1).max(MAX_LEN),
      z.number().finite().min(0).max(2),
    ])
    .refine(([s, t]) => t.length === s.length && t.every((row) => row.length === s.length), { message: 'transitionLogProbs must be V × V with V = startLogProbs.length', path: [1] })
    .refine(([s, , eos]) => eos < s.length, { message: 'eos must be a token id below V', path: [2] }),
  samples: [
    { input: [[-0.6931, -0.9163, -2.3026], [[-1.204, -1.204, -0.9163], [-2.9957, -2.9957, -0.1054], [-1.0986, -1.0986, -1.0986]], 2, 2, 3, 1] },
    { input: [[-0.9555, -1.8718, -0.7732], [[-0.8755, -2.4849, -0.6931], [-1.8718, -0.9555, -0.7732], [-1.335, -0.865, -1.1527]], 0, 2, 4, 1] },
    { input: [[-0.9555, -1.8718, -0.7732], [[-0.8755, -2.4849, -0.6931], [-1.8718, -0.9555, -0.7732], [-1.335, -0.865, -1.1527]], 0, 2, 4, 0] },
  ],
  tests: [
    { name: 'maxLength = 1', input: [[-1.2, -0.5, -2], [[-1, -1, -1], [-1, -1, -1], [-1, -1, -1]], 0, 2, 1, 1] },
    { name: 'EOS first is the best', input: [[-0.1054, -2.9957, -3.6889], [[-1.0986, -1.0986, -1.0986], [-0.6931, -1.3863, -1.3863], [-0.6931, -1.3863, -1.3863]], 0, 3, 5, 1] },
    { name: 'EOS almost impossible: every hypothesis hits maxLength', seed: 130_01, make: (rng) => { const c = randomCase(rng, 6, 3, 8, 1, 1, -100); return c; } },
    { name: 'one beam: greedy with EOS', seed: 130_02, make: (rng) => randomCase(rng, 8, 1, 12, 1) },
    { name: 'an EOS ranked below numBeams is dropped', input: [[-1.6094, -0.7985, -1.0498, -10], [[-1.3863, -1.3863, -1.3863, -1.3863], [-1.3863, -1.3863, -1.3863, -1.3863], [-1.3863, -1.3863, -1.3863, -1.3863], [-1.3863, -1.3863, -1.3863, -1.3863]], 0, 2, 3, 0] },
    { name: 'uniform model, EOS = 0: ties by beam rank, then token; equal normalised scores keep the earliest', input: [uniform(4), [uniform(4), uniform(4), uniform(4), uniform(4)], 0, 3, 5, 1] },
    { name: 'uniform model, EOS last: never finishes, the first beam wins', input: [uniform(5), [uniform(5), uniform(5), uniform(5), uniform(5), uniform(5)], 4, 3, 6, 1] },
    { name: 'uniform model, lengthPenalty 2 favours the longer', input: [uniform(3), [uniform(3), uniform(3), uniform(3)], 0, 2, 6, 2] },
    { name: 'random small, lengthPenalty 0', seed: 130_03, count: 3, make: (rng) => randomCase(rng, rng.int(3, 6), rng.int(2, 4), rng.int(3, 8), 0) },
    { name: 'random small, lengthPenalty 1', seed: 130_04, count: 3, make: (rng) => randomCase(rng, rng.int(3, 6), rng.int(2, 4), rng.int(3, 8), 1) },
    { name: 'random small, lengthPenalty 2', seed: 130_05, count: 3, make: (rng) => randomCase(rng, rng.int(3, 6), rng.int(2, 4), rng.int(3, 8), 2) },
    { name: 'random small, lengthPenalty 0.6, rare EOS', seed: 130_06, count: 2, make: (rng) => randomCase(rng, rng.int(4, 8), rng.int(2, 5), rng.int(6, 12), 0.6, 1.5, -2) },
    { name: 'random medium', seed: 130_07, count: 3, make: (rng) => randomCase(rng, rng.int(20, 50), rng.int(4, 8), rng.int(20, 40), rng.pick([0, 0.5, 1, 1.5]), 2, -1) },
    { name: 'more beams than tokens', seed: 130_08, make: (rng) => randomCase(rng, 3, 8, 10, 1) },
    { name: 'max V = 200, 16 beams, length 100, rare EOS', seed: 130_09, make: (rng) => randomCase(rng, MAX_V, MAX_BEAMS, MAX_LEN, 1, 2, -6) },
    { name: 'max V = 200, 16 beams, length 100', seed: 130_10, make: (rng) => randomCase(rng, MAX_V, MAX_BEAMS, MAX_LEN, 0.8, 3, -2) },
  ],
  complexity: { time: 'O(maxLength · numBeams · V · numBeams)', space: 'O(numBeams · maxLength)' },
});
