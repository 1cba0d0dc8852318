import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N = 1000;

const input = z
  .tuple([z.array(z.string().min(1).max(N).regex(/^[#.PE]+$/, 'only the characters # . P E')).min(1).max(N)])
  .superRefine(([grid], ctx) => {
    const n = grid[0]!.length;
    const i = grid.findIndex((row) => row.length !== n);
    if (i >= 0) ctx.addIssue({ code: 'custom', message: `row ${i} has length ${grid[i]!.length}, row 0 has ${n}`, path: [0, i] });
    if (!grid.some((row) => row.includes('E'))) ctx.addIssue({ code: 'custom', message: 'the grid needs at least one exit E', path: [0] });
  });

type Cells = string[][];

const blank = (m: number, n: number, ch = '.'): Cells => Array.from({ length: m }, () => new Array<string>(n).fill(ch));
const rows = (g: Cells): string[] => g.map((r) => r.join(''));

/** Turns every person that cannot reach an exit into an open cell (one BFS from all exits). */
function dropTrapped(g: Cells): Cells {
  const m = g.length;
  const n = g[0]!.length;
  const seen = new Uint8Array(m * n);
  const queue = new Int32Array(m * n);
  let head = 0;
  let tail = 0;
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (g[r]![c] === 'E') { seen[r * n + c] = 1; queue[tail++] = r * n + c; }
  while (head < tail) {
    const v = queue[head++]!;
    const r = Math.floor(v / n);
    const c = v % n;
    for (const [rr, cc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
      if (rr < 0 || rr >= m || cc < 0 || cc >= n || g[rr]![cc] === '#' || seen[rr * n + cc]) continue;
      seen[rr * n + cc] = 1;
      queue[tail++] = rr * n + cc;
    }
  }
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (g[r]![c] === 'P' && !seen[r * n + c]) g[r]![c] = '.';
  return g;
}

/** Puts `count` people on distinct random open cells (or on all of them, if fewer). */
function scatter(rng: Rng, g: Cells, count: number): Cells {
  const open: number[] = [];
  const n = g[0]!.length;
  g.forEach((row, r) => row.forEach((ch, c) => { if (ch === '.') open.push(r * n + c); }));
  // Partial Fisher–Yates: the first `count` cells of a random order.
  const k = Math.min(count, open.length);
  for (let i = 0; i < k; i++) {
    const j = rng.int(i, open.length - 1);
    const t = open[i]!; open[i] = open[j]!; open[j] = t;
    g[Math.floor(open[i]! / n)]![open[i]! % n] = 'P';
  }
  return g;
}

/** Random cells: wall with probability pWall, exit with pExit, person with pPerson, else open. */
function randomCells(rng: Rng, m: number, n: number, pWall: number, pExit: number, pPerson: number): Cells {
  const g = blank(m, n);
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      const x = rng.next();
      g[r]![c] = x < pWall ? '#' : x < pWall + pExit ? 'E' : x < pWall + pExit + pPerson ? 'P' : '.';
    }
  }
  // At least one exit, somewhere.
  g[rng.int(0, m - 1)]![rng.int(0, n - 1)] = 'E';
  return g;
}

/**
 * A snake: walls fill every odd column except one gap, alternately at the bottom and at the top, so the
 * only path zigzags through all the even columns (about m·n/2 steps long). The exit is at (0, 0).
 */
function serpentine(m: number, n: number): Cells {
  const g = blank(m, n);
  for (let c = 1; c < n; c += 2) {
    const gap = c % 4 === 1 ? m - 1 : 0;
    for (let r = 0; r < m; r++) if (r !== gap) g[r]![c] = '#';
  }
  g[0]![0] = 'E';
  return g;
}

export default defineProblem({
  slug: 'maze-escape',
  section: 'dfs-bfs',
  title: { zh: '多人逃离迷宫', en: 'Escape the Maze' },
  difficulty: 'medium',
  tags: ['bfs', 'matrix', 'graph', 'shortest-path'],
  entry: {
    kind: 'function',
    name: 'maxEscapeSteps',
    params: [{ name: 'grid', type: 'string[]' }],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 4000, memoryMb: 256 },
  input,
  samples: [
    { input: [['P..#', '.#.E', 'P..P']] },
    { input: [['PP.E']] },
    { input: [['P#E', '##.']] },
  ],
  tests: [
    { name: 'one cell, an exit, nobody', input: [['E']] },
    { name: 'no people', input: [['..#', '#.E']] },
    { name: 'next to the exit', input: [['PE']] },
    { name: 'people do not block each other', input: [['PPPPE']] },
    { name: 'a person behind a wall', input: [['P#E']] },
    { name: 'one of two people is trapped', input: [['P.E#P']] },
    { name: 'nearest of several exits', input: [['E....P..E', '#########', 'E.P......']] },
    { name: 'must walk around a wall', input: [['P#.', '.#.', '...', 'E#.']] },
    { name: 'walls everywhere but the exit', input: [['###', '#E#', '###']] },
    { name: 'person enclosed in a ring', input: [['E....', '.###.', '.#P#.', '.###.', '.....']] },
    { name: 'one row, exit at the far end', input: [['P' + '.'.repeat(N - 2) + 'E']] },
    { name: 'one column, exit in the middle', input: [Array.from({ length: N }, (_, r) => (r === 0 || r === N - 1 ? 'P' : r === 400 ? 'E' : '.'))] },
    // Per-person BFS walks half a 5·10^5-step snake for each of 10^5 people.
    { name: 'max 1000×1000 serpentine, one exit, 10^5 people', seed: 31, make: (rng) => [rows(scatter(rng, serpentine(N, N), 100_000))] },
    { name: 'random small, no walls', seed: 32, count: 3, make: (rng) => [rows(randomCells(rng, rng.int(1, 8), rng.int(1, 8), 0, 0.05, 0.3))] },
    { name: 'random small, some walls', seed: 33, count: 4, make: (rng) => [rows(randomCells(rng, rng.int(2, 12), rng.int(2, 12), 0.3, 0.05, 0.2))] },
    { name: 'random small, nobody trapped', seed: 34, count: 3, make: (rng) => [rows(dropTrapped(randomCells(rng, rng.int(2, 15), rng.int(2, 15), 0.35, 0.03, 0.2)))] },
    { name: 'random 200×200, nobody trapped', seed: 35, make: (rng) => [rows(dropTrapped(randomCells(rng, 200, 200, 0.3, 0.001, 0.1)))] },
    { name: 'random 200×200, someone trapped', seed: 36, make: (rng) => [rows(randomCells(rng, 200, 200, 0.3, 0.001, 0.1))] },
    { name: 'serpentine 60×41', seed: 37, make: (rng) => [rows(scatter(rng, serpentine(60, 41), 50))] },
    { name: 'max 1000×1000, random walls, many exits, 10^5 people, nobody trapped', seed: 38, make: (rng) => [rows(dropTrapped(randomCells(rng, N, N, 0.25, 0.0005, 0.1)))] },
    {
      name: 'max 1000×1000, no walls, exit in a corner, 10^5 people',
      seed: 39,
      make: (rng) => {
        const g = scatter(rng, blank(N, N), 100_000);
        g[0]![0] = 'E';
        g[N - 1]![N - 1] = 'P';
        return [rows(g)];
      },
    },
  ],
  complexity: { time: 'O(m·n)', space: 'O(m·n)' },
});
