// @verdict WA
// Copies the "Subsets II" trick: sorts the letters so that equal ones sit together and skips repeats at
// each level. That enumerates sets of letters, not subsequences: for "ba" it answers "ab" instead of "ba".
function allSubsequences(s: string): string[] {
  const letters = s.split('').sort();
  const result: string[] = [];
  const dfs = (start: number, path: string): void => {
    for (let i = start; i < letters.length; i++) {
      if (i > start && letters[i] === letters[i - 1]) continue;
      const t = path + letters[i];
      result.push(t);
      dfs(i + 1, t);
    }
  };
  dfs(0, '');
  return result;
}
