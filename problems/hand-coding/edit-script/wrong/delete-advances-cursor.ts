// @verdict WA
// Walks the alignment from left to right with a cursor into the current string, but moves the cursor
// forward after a deletion too: the letter that slid into the deleted slot is skipped, and every later
// index is one too large.
function editScript(word1: string, word2: string): string[] {
  const m = word1.length;
  const n = word2.length;
  // suffix DP: dp[i][j] = distance between word1.slice(i) and word2.slice(j)
  const dp = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m; i >= 0; i--) {
    for (let j = n; j >= 0; j--) {
      if (i === m) dp[i]![j] = n - j;
      else if (j === n) dp[i]![j] = m - i;
      else if (word1[i] === word2[j]) dp[i]![j] = dp[i + 1]![j + 1]!;
      else dp[i]![j] = 1 + Math.min(dp[i + 1]![j + 1]!, dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const ops: string[] = [];
  let i = 0;
  let j = 0;
  let cursor = 0;
  while (i < m || j < n) {
    if (i < m && j < n && word1[i] === word2[j] && dp[i]![j] === dp[i + 1]![j + 1]) { i++; j++; cursor++; }
    else if (i < m && j < n && dp[i]![j] === dp[i + 1]![j + 1]! + 1) { ops.push(`replace ${cursor} ${word2[j]}`); i++; j++; cursor++; }
    else if (i < m && dp[i]![j] === dp[i + 1]![j]! + 1) { ops.push(`delete ${cursor}`); i++; cursor++; } // bug: cursor stays
    else { ops.push(`insert ${cursor} ${word2[j]}`); j++; cursor++; }
  }
  return ops;
}
