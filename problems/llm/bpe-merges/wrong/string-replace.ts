// @verdict WA
// Merges by text replacement on the space-joined symbols without checking symbol boundaries: with symbols "ab c", replacing "b c" by "bc" wrongly yields "abc".
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
    segs = segs.map(([s, c]) => [s.join(' ').split(a + ' ' + b).join(a + b).split(' '), c]);
  }
  return merges;
}

