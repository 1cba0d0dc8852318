// @verdict WA
// Picks or skips every letter and keeps every result: "aa" yields "a" twice, repeated letters repeat answers.
function allSubsequences(s: string): string[] {
  const result: string[] = [];
  const dfs = (i: number, path: string): void => {
    if (i === s.length) {
      if (path.length > 0) result.push(path);
      return;
    }
    dfs(i + 1, path + s[i]);
    dfs(i + 1, path);
  };
  dfs(0, '');
  return result;
}
