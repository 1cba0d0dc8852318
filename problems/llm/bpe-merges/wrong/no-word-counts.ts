// @verdict TLE
// Correct rules, but recounts every pair over the whole corpus (10^5 word occurrences) after every merge,
// instead of counting each distinct word once with its frequency: O(merges · corpus letters).
function bpeTrain(words: string[], numMerges: number): [string, string][] {
  let corpus = words.map((w) => w.split(''));
  const merges: [string, string][] = [];
  for (let m = 0; m < numMerges; m++) {
    const stats = new Map<string, number>();
    for (const s of corpus) {
      for (let i = 0; i + 1 < s.length; i++) {
        const k = s[i] + ' ' + s[i + 1];
        stats.set(k, (stats.get(k) ?? 0) + 1);
      }
    }
    if (stats.size === 0) break;
    let best = '';
    let bestCount = -1;
    for (const [k, c] of stats) if (c > bestCount || (c === bestCount && k < best)) [best, bestCount] = [k, c];
    const [a, b] = best.split(' ') as [string, string];
    merges.push([a, b]);
    corpus = corpus.map((s) => {
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        if (i + 1 < s.length && s[i] === a && s[i + 1] === b) {
          out.push(a + b);
          i++;
        } else out.push(s[i]!);
      }
      return out;
    });
  }
  return merges;
}
