function maxEscapeSteps(grid: string[]): number {
  const m = grid.length;
  const n = grid[0]!.length;
  // Cells live in one flat array with a border of walls around the maze, so a neighbour is v ± 1 or
  // v ± w and needs no bounds check. dist: -2 wall, -1 not reached yet, else steps to the nearest exit.
  const w = n + 2;
  const dist = new Int32Array(w * (m + 2)).fill(-2);
  const queue = new Int32Array(m * n);
  let head = 0;
  let tail = 0;
  // Reverse the question: one BFS that starts from every exit at once (multi-source BFS) gives each
  // cell its distance to the nearest exit.
  for (let r = 0; r < m; r++) {
    const row = grid[r]!;
    const base = (r + 1) * w + 1;
    for (let c = 0; c < n; c++) {
      const ch = row.charCodeAt(c);
      if (ch === 35 /* '#' */) continue;
      if (ch === 69 /* 'E' */) {
        dist[base + c] = 0;
        queue[tail++] = base + c;
      } else dist[base + c] = -1; // '.' and 'P' are both walkable: people do not block each other
    }
  }
  while (head < tail) {
    const v = queue[head++]!;
    const d = dist[v]! + 1;
    if (dist[v - w] === -1) { dist[v - w] = d; queue[tail++] = v - w; }
    if (dist[v + w] === -1) { dist[v + w] = d; queue[tail++] = v + w; }
    if (dist[v - 1] === -1) { dist[v - 1] = d; queue[tail++] = v - 1; }
    if (dist[v + 1] === -1) { dist[v + 1] = d; queue[tail++] = v + 1; }
  }
  // The answer is the largest distance over the people; one unreachable person makes it -1.
  let best = 0;
  for (let r = 0; r < m; r++) {
    const row = grid[r]!;
    const base = (r + 1) * w + 1;
    for (let c = 0; c < n; c++) {
      if (row.charCodeAt(c) !== 80 /* 'P' */) continue;
      const d = dist[base + c]!;
      if (d === -1) return -1;
      if (d > best) best = d;
    }
  }
  return best;
}
