function editScript(word1: string, word2: string): string[] {
  const m = word1.length;
  const n = word2.length;
  // dp[i * (n + 1) + j]: edit distance between the first i letters of word1 and the first j of word2.
  const w = n + 1;
  const dp = new Int32Array((m + 1) * w);
  for (let i = 0; i <= m; i++) dp[i * w] = i;
  for (let j = 0; j <= n; j++) dp[j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      dp[i * w + j] = word1[i - 1] === word2[j - 1]
        ? dp[(i - 1) * w + j - 1]!
        : 1 + Math.min(dp[(i - 1) * w + j - 1]!, dp[(i - 1) * w + j]!, dp[i * w + j - 1]!);
    }
  }
  // Walk back from (m, n). Each step fixes the tail of the string, so the operations come out from
  // right to left; applied in that order, an operation never shifts the positions still to be edited
  // (they are all to its left), so the indices into word1 stay valid as they are.
  const ops: string[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const here = dp[i * w + j]!;
    if (i > 0 && j > 0 && word1[i - 1] === word2[j - 1] && here === dp[(i - 1) * w + j - 1]) {
      i--; j--; // letters match: nothing to do
    } else if (i > 0 && j > 0 && here === dp[(i - 1) * w + j - 1]! + 1) {
      ops.push(`replace ${i - 1} ${word2[j - 1]}`);
      i--; j--;
    } else if (i > 0 && here === dp[(i - 1) * w + j]! + 1) {
      ops.push(`delete ${i - 1}`);
      i--;
    } else {
      ops.push(`insert ${i} ${word2[j - 1]}`); // right after word1[i - 1]
      j--;
    }
  }
  return ops;
}
