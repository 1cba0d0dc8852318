// @verdict WA
// Counts only insertions and deletions (m + n − 2·LCS): forgets that one replacement costs 1, not 2.
function minDistance(word1: string, word2: string): number {
  const m = word1.length, n = word2.length;
  const dp = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++)
      dp[i]![j] = word1[i - 1] === word2[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
  return m + n - 2 * dp[m]![n]!;
}
