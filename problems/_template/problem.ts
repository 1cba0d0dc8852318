import { defineProblem } from '@shousi/problem-kit';
import { z } from 'zod';

export default defineProblem({
  slug: 'template',
  section: 'array',
  title: { zh: '数组求和', en: 'Sum of an Array' },
  difficulty: 'easy',
  tags: ['array'],
  entry: {
    kind: 'function',
    name: 'sumArray',
    params: [{ name: 'nums', type: 'number[]' }],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input: z.tuple([z.array(z.number().int().min(-1e4).max(1e4)).max(1e5)]),
  samples: [{ input: [[1, 2, 3]] }],
  tests: [
    { name: 'empty', input: [[]] },
    { name: 'random', seed: 1, count: 18, make: (rng) => [rng.ints(rng.int(1, 100), -1e4, 1e4)] },
    { name: 'max size', seed: 2, make: (rng) => [rng.ints(1e5, -1e4, 1e4)] },
  ],
  complexity: { time: 'O(n)', space: 'O(1)' },
});
