// @verdict TLE
// A separate BFS from every person until it meets an exit: O(people · m · n). Correct, but 10^5 people
// in a 1000×1000 snake-shaped maze make it explore ~10^10 cells.
function maxEscapeSteps(grid: string[]): number {
  const m = grid.length;
  const n = grid[0]!.length;
  const seen = new Int32Array(m * n);
  const queue = new Int32Array(m * n);
  const dist = new Int32Array(m * n);
  let stamp = 0;
  let best = 0;
  for (let pr = 0; pr < m; pr++) {
    for (let pc = 0; pc < n; pc++) {
      if (grid[pr]![pc] !== 'P') continue;
      stamp++;
      let head = 0;
      let tail = 0;
      queue[tail++] = pr * n + pc;
      seen[pr * n + pc] = stamp;
      dist[pr * n + pc] = 0;
      let found = -1;
      while (head < tail && found < 0) {
        const v = queue[head++]!;
        const r = Math.floor(v / n);
        const c = v % n;
        if (grid[r]![c] === 'E') {
          found = dist[v]!;
          break;
        }
        for (const [rr, cc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]) {
          if (rr! < 0 || rr! >= m || cc! < 0 || cc! >= n) continue;
          const w = rr! * n + cc!;
          if (seen[w] === stamp || grid[rr!]![cc!] === '#') continue;
          seen[w] = stamp;
          dist[w] = dist[v]! + 1;
          queue[tail++] = w;
        }
      }
      if (found < 0) return -1;
      best = Math.max(best, found);
    }
  }
  return best;
}
