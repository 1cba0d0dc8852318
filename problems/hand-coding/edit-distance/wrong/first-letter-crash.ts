// @verdict RE
// Peeks at the first letters before checking for empty words: crashes on "".
function minDistance(word1: string, word2: string): number {
  const first = word1.split('')[0]!.charCodeAt(0) + word2.split('')[0]!.charCodeAt(0);
  const m = word1.length, n = word2.length;
  const dp = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++)
      dp[i]![j] = word1[i - 1] === word2[j - 1]
        ? dp[i - 1]![j - 1]!
        : 1 + Math.min(dp[i - 1]![j - 1]!, dp[i - 1]![j]!, dp[i]![j - 1]!);
  return first >= 0 ? dp[m]![n]! : -1;
}
