// @verdict TLE
// Builds the script by plain recursion over (i, j) without memoisation: the right choices, in
// exponential time; words of length 500 are hopeless.
function editScript(word1: string, word2: string): string[] {
  // Returns the operations for word1[i..] → word2[j..], with indices relative to position i.
  const go = (i: number, j: number): string[] => {
    if (i === word1.length) return word2.slice(j).split('').map((c, k) => `insert ${k} ${c}`);
    if (j === word2.length) return word1.slice(i).split('').map(() => 'delete 0');
    if (word1[i] === word2[j]) return go(i + 1, j + 1).map((op) => shift(op, 1));
    const rep = [`replace 0 ${word2[j]}`, ...go(i + 1, j + 1).map((op) => shift(op, 1))];
    const del = ['delete 0', ...go(i + 1, j)];
    const ins = [`insert 0 ${word2[j]}`, ...go(i, j + 1).map((op) => shift(op, 1))];
    return [rep, del, ins].reduce((a, b) => (b.length < a.length ? b : a));
  };
  const shift = (op: string, by: number): string => {
    const parts = op.split(' ');
    parts[1] = String(Number(parts[1]) + by);
    return parts.join(' ');
  };
  return go(0, 0);
}
