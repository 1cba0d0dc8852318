// @verdict WA
// Breaks ties by the pair seen first (Map insertion order, like max(stats, key=stats.get)) instead of the lexicographically smallest pair.
function bpeTrain(words: string[], numMerges: number): [string, string][] {
  const vocab = new Map<string, number>();
  for (const w of words) vocab.set(w, (vocab.get(w) ?? 0) + 1);
  let segs: [string[], number][] = [...vocab].map(([w, c]) => [w.split(''), c]);
  const merges: [string, string][] = [];
  for (let m = 0; m < numMerges; m++) {
    const stats = new Map<string, number>();
    for (const [s, c] of segs) {
      for (let i = 0; i + 1 < s.length; i++) {
        const k = s[i] + ' ' + s[i + 1];
        stats.set(k, (stats.get(k) ?? 0) + c);
      }
    }
    if (stats.size === 0) break;
    let best = '';
    let bestCount = -1;
    for (const [k, c] of stats) if (c > bestCount) [best, bestCount] = [k, c];
    const [a, b] = best.split(' ') as [string, string];
    merges.push([a, b]);
    segs = segs.map(([s, c]) => [mergeLeftToRight(s, a, b), c]);
  }
  return merges;
}

/** Left to right, non-overlapping. */
function mergeLeftToRight(s: string[], a: string, b: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if (i + 1 < s.length && s[i] === a && s[i + 1] === b) {
      out.push(a + b);
      i++;
    } else out.push(s[i]!);
  }
  return out;
}
