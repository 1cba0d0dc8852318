// @verdict WA
// Applies each merge scanning from the right: "a a a" with (a, a) becomes "a aa" instead of "aa a".
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
    for (const [k, c] of stats) if (c > bestCount || (c === bestCount && k < best)) [best, bestCount] = [k, c];
    const [a, b] = best.split(' ') as [string, string];
    merges.push([a, b]);
    segs = segs.map(([s, c]) => [mergeRightToLeft(s, a, b), c]);
  }
  return merges;
}

/** Right to left: "a a a" with (a, a) becomes "a aa" instead of "aa a". */
function mergeRightToLeft(s: string[], a: string, b: string): string[] {
  const out: string[] = [];
  for (let i = s.length - 1; i >= 0; i--) {
    if (i > 0 && s[i - 1] === a && s[i] === b) {
      out.push(a + b);
      i--;
    } else out.push(s[i]!);
  }
  return out.reverse();
}
