// @verdict WA
// Counts each distinct pair once per word (a Set per word): "aaaa" contributes 1 to (a, a) instead of 3.
function bpeTrain(words: string[], numMerges: number): [string, string][] {
  const vocab = new Map<string, number>();
  for (const w of words) vocab.set(w, (vocab.get(w) ?? 0) + 1);
  let segs: [string[], number][] = [...vocab].map(([w, c]) => [w.split(''), c]);
  const merges: [string, string][] = [];
  for (let m = 0; m < numMerges; m++) {
    const stats = new Map<string, number>();
    for (const [s, c] of segs) {
      const seen = new Set<string>();
      for (let i = 0; i + 1 < s.length; i++) seen.add(s[i] + ' ' + s[i + 1]);
      for (const k of seen) stats.set(k, (stats.get(k) ?? 0) + c);
    }
    if (stats.size === 0) break;
    let best = '';
    let bestCount = -1;
    for (const [k, c] of stats) if (c > bestCount || (c === bestCount && k < best)) [best, bestCount] = [k, c];
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
