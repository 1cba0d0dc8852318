function permutation(s: string): string[] {
  const n = s.length;
  // Count each letter: a position is filled by a letter, not by one particular copy of it, so equal
  // letters can never produce the same string twice.
  const count = new Array<number>(26).fill(0);
  for (let i = 0; i < n; i++) count[s.charCodeAt(i) - 97]!++;
  const letters: string[] = [];
  const left: number[] = [];
  for (let c = 0; c < 26; c++) {
    if (count[c]! > 0) {
      letters.push(String.fromCharCode(97 + c));
      left.push(count[c]!);
    }
  }
  const result: string[] = [];
  const dfs = (prefix: string, remaining: number): void => {
    if (remaining === 0) {
      result.push(prefix);
      return;
    }
    // Each distinct letter is tried once at this position.
    for (let c = 0; c < letters.length; c++) {
      if (left[c] === 0) continue;
      left[c]!--;
      dfs(prefix + letters[c], remaining - 1);
      left[c]!++;
    }
  };
  dfs('', n);
  return result;
}
