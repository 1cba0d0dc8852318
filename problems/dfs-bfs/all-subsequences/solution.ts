function allSubsequences(s: string): string[] {
  const n = s.length;
  // next[i * 26 + c]: the first position >= i that holds letter c, or n if there is none.
  const next = new Int32Array((n + 1) * 26).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    next.copyWithin(i * 26, (i + 1) * 26, (i + 2) * 26);
    next[i * 26 + s.charCodeAt(i) - 97] = i;
  }
  const result: string[] = [];
  // Every distinct subsequence has exactly one leftmost embedding: extend the prefix with each letter
  // at its first occurrence after the prefix. No subsequence is built twice, so no set is needed.
  const dfs = (from: number, prefix: string): void => {
    for (let c = 0; c < 26; c++) {
      const j = next[from * 26 + c]!;
      if (j === n) continue;
      const t = prefix + s[j];
      result.push(t);
      dfs(j + 1, t);
    }
  };
  dfs(0, '');
  return result;
}
