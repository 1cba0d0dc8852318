// @verdict TLE
// Deduplicates with result.includes(): each check scans the whole answer list, Θ(D²) for D distinct
// answers; 16 distinct letters give D = 65535, about 2·10^9 string comparisons.
function allSubsequences(s: string): string[] {
  const result: string[] = [];
  const dfs = (i: number, path: string): void => {
    if (i === s.length) {
      if (path.length > 0 && !result.includes(path)) result.push(path);
      return;
    }
    dfs(i + 1, path + s[i]);
    dfs(i + 1, path);
  };
  dfs(0, '');
  return result;
}
