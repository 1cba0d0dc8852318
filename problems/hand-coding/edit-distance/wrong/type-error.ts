// @verdict CE
// Returns the whole table instead of a number: a type error, caught before any test runs.
function minDistance(word1: string, word2: string): number {
  const dp: number[][] = [[word1.length + word2.length]];
  return dp;
}
