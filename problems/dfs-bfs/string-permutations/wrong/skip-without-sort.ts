// @verdict WA
// Uses the "Permutations II" skip rule (skip s[i] when it equals s[i-1] and s[i-1] is unused) but never
// sorts the letters first: equal letters that are not adjacent, as in "aba", are not recognised.
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
      if (i > 0 && s[i] === s[i - 1] && !used[i - 1]) continue;
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
