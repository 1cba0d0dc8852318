// @verdict WA
// Treats the other people as obstacles (only '.' and 'E' are walkable from the exits' side): in "PPE"
// the far person is reported trapped. People do not block each other.
function maxEscapeSteps(grid: string[]): number {
  const m = grid.length;
  const n = grid[0]!.length;
  const dist: number[][] = grid.map((row) => new Array<number>(row.length).fill(-1));
  const queue: [number, number][] = [];
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (grid[r]![c] === 'E') { dist[r]![c] = 0; queue.push([r, c]); }
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head]!;
    if (grid[r]![c] === 'P') continue; // a person is reached but nobody can pass through them
    for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const rr = r + dr!;
      const cc = c + dc!;
      if (rr < 0 || rr >= m || cc < 0 || cc >= n || grid[rr]![cc] === '#' || dist[rr]![cc] !== -1) continue;
      dist[rr]![cc] = dist[r]![c]! + 1;
      queue.push([rr, cc]);
    }
  }
  let best = 0;
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (grid[r]![c] !== 'P') continue;
      if (dist[r]![c] === -1) return -1;
      best = Math.max(best, dist[r]![c]!);
    }
  }
  return best;
}
