function minDistance(word1: string, word2: string): number {
  // Keep the shorter word along the row: O(min(m, n)) memory.
  if (word1.length < word2.length) [word1, word2] = [word2, word1];
  const n = word2.length;
  // prev[j] = distance between the first i-1 letters of word1 and the first j letters of word2.
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= word1.length; i++) {
    cur[0] = i;
    const c = word1.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      if (c === word2.charCodeAt(j - 1)) cur[j] = prev[j - 1]!;
      else cur[j] = 1 + Math.min(prev[j - 1]!, prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n]!;
}
