// @verdict WA
// Deduplicates with a Set but forgets that the empty subsequence is excluded: "" is in the answer.
function allSubsequences(s: string): string[] {
  const seen = new Set<string>();
  const dfs = (i: number, path: string): void => {
    if (i === s.length) {
      seen.add(path);
      return;
    }
    dfs(i + 1, path + s[i]);
    dfs(i + 1, path);
  };
  dfs(0, '');
  return [...seen];
}
