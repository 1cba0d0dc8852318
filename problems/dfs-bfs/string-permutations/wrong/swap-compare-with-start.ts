// @verdict WA
// Swap-based permutation that skips a swap only when a[i] equals a[k], the letter at the current
// position; with swapping back, a letter already tried at position k can come again ("abab" gives 11
// strings, 6 of them distinct). A per-level set of tried letters is needed.
function permutation(s: string): string[] {
  const a = s.split('');
  const result: string[] = [];
  const dfs = (k: number): void => {
    if (k === a.length) {
      result.push(a.join(''));
      return;
    }
    for (let i = k; i < a.length; i++) {
      if (i !== k && a[i] === a[k]) continue;
      [a[i], a[k]] = [a[k]!, a[i]!];
      dfs(k + 1);
      [a[i], a[k]] = [a[k]!, a[i]!];
    }
  };
  dfs(0);
  return result;
}
