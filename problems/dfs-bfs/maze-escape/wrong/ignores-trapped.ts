// @verdict WA
// Multi-source BFS from the exits, but the maximum is taken only over the people who were reached: a
// trapped person should make the answer -1.
function maxEscapeSteps(grid: string[]): number {
  const m = grid.length;
  const n = grid[0]!.length;
  const dist: number[][] = grid.map((row) => new Array<number>(row.length).fill(-1));
  const queue: [number, number][] = [];
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (grid[r]![c] === 'E') { dist[r]![c] = 0; queue.push([r, c]); }
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head]!;
    for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const rr = r + dr!;
      const cc = c + dc!;
      if (rr < 0 || rr >= m || cc < 0 || cc >= n || grid[rr]![cc] === '#' || dist[rr]![cc] !== -1) continue;
      dist[rr]![cc] = dist[r]![c]! + 1;
      queue.push([rr, cc]);
    }
  }
  let best = 0;
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (grid[r]![c] === 'P') best = Math.max(best, dist[r]![c]!);
  return best;
}
