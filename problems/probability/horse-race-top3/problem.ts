import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const HORSES = 25;
const SPEED_MAX = 1_000_000_000;

const input = z.tuple([
  z
    .array(z.number().int().min(1).max(SPEED_MAX))
    .length(HORSES)
    .refine((s) => new Set(s).size === s.length, 'the speeds must be distinct'),
]);

/** Groupings a solution may use for its five heats: consecutive blocks, or horse number mod 5. */
const GROUPINGS = {
  blocks: (h: number) => Math.floor(h / 5),
  mod5: (h: number) => h % 5,
} as const;

/**
 * Speeds whose top three fall into heats as `pattern` says, for the given grouping: [0, 0, 0] puts all
 * three in one heat (A1, A2, A3); [0, 1, 0] puts 1st and 3rd together (A1, B1, A2); [0, 1, 2] spreads them
 * (A1, B1, C1). The top three get speeds 25, 24, 23; everyone else a random order of 1 … 22.
 */
function withPattern(rng: Rng, grouping: keyof typeof GROUPINGS, pattern: [number, number, number]): number[][] {
  const groupOf = GROUPINGS[grouping];
  const heats = rng.shuffle([0, 1, 2, 3, 4]);
  const chosen: number[] = [];
  for (const label of pattern) {
    const heat = heats[label]!;
    const pool = Array.from({ length: HORSES }, (_, h) => h).filter((h) => groupOf(h) === heat && !chosen.includes(h));
    chosen.push(rng.pick(pool));
  }
  const rest = rng.shuffle(Array.from({ length: HORSES - 3 }, (_, i) => i + 1));
  const speeds = new Array<number>(HORSES);
  let r = 0;
  for (let h = 0; h < HORSES; h++) {
    const place = chosen.indexOf(h);
    speeds[h] = place === -1 ? rest[r++]! : HORSES - place;
  }
  return [speeds];
}

/** Distinct random speeds in [1, 10^9]. */
function randomSpeeds(rng: Rng): number[][] {
  const set = new Set<number>();
  while (set.size < HORSES) set.add(rng.int(1, SPEED_MAX));
  return [[...set]];
}

const PATTERNS: [string, [number, number, number]][] = [
  ['A1, A2, A3', [0, 0, 0]],
  ['A1, A2, B1', [0, 0, 1]],
  ['A1, B1, A2', [0, 1, 0]],
  ['A1, B1, B2', [0, 1, 1]],
  ['A1, B1, C1', [0, 1, 2]],
];

export default defineProblem({
  slug: 'horse-race-top3',
  section: 'probability',
  title: { zh: '25 匹马赛跑找前三名', en: 'Top 3 of 25 Horses' },
  difficulty: 'medium',
  tags: ['interactive', 'sorting', 'math'],
  entry: {
    kind: 'function',
    name: 'findTop3',
    params: [
      // The test input holds the 25 hidden speeds; sandbox.ts hands the solution a race function over them.
      { name: 'race', type: '(horses: number[]) => number[]' },
    ],
    returns: { type: 'number[]' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 64 },
  input,
  samples: [
    { input: [Array.from({ length: HORSES }, (_, h) => HORSES - h)] },
    { input: [[3, 25, 10, 4, 5, 24, 23, 7, 8, 9, 1, 2, 11, 6, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]] },
  ],
  tests: [
    { name: 'horse 0 fastest, in number order', input: [Array.from({ length: HORSES }, (_, h) => HORSES - h)] },
    { name: 'horse 24 fastest, in reverse number order', input: [Array.from({ length: HORSES }, (_, h) => h + 1)] },
    { name: 'the top three are the last horses of three heats', input: [[1, 2, 3, 4, 25, 5, 6, 7, 8, 24, 9, 10, 11, 12, 23, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]] },
    ...PATTERNS.flatMap(([name, pattern], i) => [
      { name: `top three ${name} (heats of consecutive horses)`, seed: 9_10 + i, count: 2, make: (rng: Rng) => withPattern(rng, 'blocks', pattern) },
      { name: `top three ${name} (heats by horse number mod 5)`, seed: 9_20 + i, make: (rng: Rng) => withPattern(rng, 'mod5', pattern) },
    ]),
    { name: 'random speeds', seed: 9_30, count: 8, make: randomSpeeds },
  ],
  complexity: { time: 'O(1): 7 races', space: 'O(1)' },
});
