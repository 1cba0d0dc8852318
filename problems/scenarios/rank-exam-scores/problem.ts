import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 500_000;
const MAX_SCORE = 750;

/** A gaokao-like total: normal around `mean` with standard deviation `sd`, rounded and clipped to [0, 750]. */
const realistic = (rng: Rng, n: number, mean: number, sd: number): number[] =>
  Array.from({ length: n }, () => Math.min(MAX_SCORE, Math.max(0, Math.round(mean + sd * rng.normal()))));

export default defineProblem({
  slug: 'rank-exam-scores',
  section: 'scenarios',
  title: { zh: '50 万考生成绩排名', en: 'Ranking 500,000 Exam Scores' },
  difficulty: 'easy',
  tags: ['array', 'counting-sort', 'counting', 'prefix-sum', 'scenario'],
  entry: {
    kind: 'function',
    name: 'rankScores',
    params: [{ name: 'scores', type: 'number[]' }],
    returns: { type: 'number[]' },
  },
  rules: { noSort: true },
  checker: { style: 'exact' },
  // Counting takes a few ms at n = 5·10^5 and a hand-written O(n log n) merge sort a few hundred (accepted);
  // the O(n²) double loop needs 2.5·10^11 comparisons.
  limits: { timeMs: 2000, memoryMb: 256 },
  input: z.tuple([z.array(z.number().int().min(0).max(MAX_SCORE)).min(1).max(N)]),
  samples: [{ input: [[600, 720, 600, 580, 750]] }, { input: [[0, 0, 0]] }],
  tests: [
    { name: 'one candidate', input: [[0]] },
    { name: 'one candidate, full marks', input: [[MAX_SCORE]] },
    { name: 'two candidates, tied', input: [[512, 512]] },
    { name: 'two candidates, ascending', input: [[100, 101]] },
    { name: 'min and max only', input: [[0, MAX_SCORE, 0, MAX_SCORE, MAX_SCORE]] },
    { name: 'a tie at the top, then a gap', input: [[700, 700, 700, 699, 650, 699]] },
    { name: 'a tie at the bottom', input: [[300, 10, 10, 10, 500]] },
    { name: 'every score from 0 to 750 once, descending', input: [Array.from({ length: MAX_SCORE + 1 }, (_, i) => MAX_SCORE - i)] },
    { name: 'every score from 0 to 750 twice, ascending', input: [Array.from({ length: 2 * (MAX_SCORE + 1) }, (_, i) => i >> 1)] },
    { name: 'random small, few distinct scores', seed: 160_01, count: 4, make: (rng) => [rng.ints(rng.int(1, 30), 598, 602)] },
    { name: 'random small', seed: 160_02, count: 3, make: (rng) => [rng.ints(rng.int(1, 200), 0, MAX_SCORE)] },
    { name: 'random 10^4, realistic distribution', seed: 160_03, make: (rng) => [realistic(rng, 10_000, 480, 90)] },
    { name: '5·10^5, realistic distribution', seed: 160_04, make: (rng) => [realistic(rng, N, 450, 110)] },
    { name: '5·10^5, uniform scores', seed: 160_05, make: (rng) => [rng.ints(N, 0, MAX_SCORE)] },
    { name: '5·10^5, all equal', input: [new Array<number>(N).fill(0)] },
    { name: '5·10^5, two scores (min and max)', seed: 160_06, make: (rng) => [rng.ints(N, 0, 1).map((b) => b * MAX_SCORE)] },
  ],
  complexity: { time: 'O(n + R), R = 751 possible scores', space: 'O(R) besides the output' },
});
