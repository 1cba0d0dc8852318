// @verdict WA
// Plain backtracking over positions with a `used` array: equal letters are treated as different, so
// "aab" yields "aab" twice (and 8 equal letters yield 8! copies of one string).
function permutation(s: string): string[] {
  const used = new Array<boolean>(s.length).fill(false);
  const path: string[] = [];
  const result: string[] = [];
  const dfs = (): void => {
    if (path.length === s.length) {
      result.push(path.join(''));
      return;
    }
    for (let i = 0; i < s.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      path.push(s[i]!);
      dfs();
      path.pop();
      used[i] = false;
    }
  };
  dfs();
  return result;
}
