// @verdict TLE
// The right recurrence without memoisation: exponential in the length of the words.
function minDistance(word1: string, word2: string): number {
  const go = (i: number, j: number): number => {
    if (i === word1.length) return word2.length - j;
    if (j === word2.length) return word1.length - i;
    if (word1[i] === word2[j]) return go(i + 1, j + 1);
    return 1 + Math.min(go(i + 1, j + 1), go(i + 1, j), go(i, j + 1));
  };
  return go(0, 0);
}
