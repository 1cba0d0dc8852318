// @verdict WA
// Backtracks the DP table correctly and reverses the operations so that they run left to right, but
// keeps the indices into the original word1: every earlier insert or delete shifts the positions after
// it, so later operations hit the wrong letter.
function editScript(word1: string, word2: string): string[] {
  const m = word1.length;
  const n = word2.length;
  const dp = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      dp[i]![j] = word1[i - 1] === word2[j - 1] ? dp[i - 1]![j - 1]! : 1 + Math.min(dp[i - 1]![j - 1]!, dp[i - 1]![j]!, dp[i]![j - 1]!);
    }
  }
  const ops: string[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && word1[i - 1] === word2[j - 1] && dp[i]![j] === dp[i - 1]![j - 1]) { i--; j--; }
    else if (i > 0 && j > 0 && dp[i]![j] === dp[i - 1]![j - 1]! + 1) { ops.push(`replace ${i - 1} ${word2[j - 1]}`); i--; j--; }
    else if (i > 0 && dp[i]![j] === dp[i - 1]![j]! + 1) { ops.push(`delete ${i - 1}`); i--; }
    else { ops.push(`insert ${i} ${word2[j - 1]}`); j--; }
  }
  return ops.reverse();
}
