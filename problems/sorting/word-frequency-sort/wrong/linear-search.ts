// @verdict TLE
// Counts in an array of [word, count] pairs, searching it linearly for every word: O(words × distinct words), about 10^10 string comparisons on a large text with a rich vocabulary.
function rankWords(text: string): [string, number][] {
  const pairs: [string, number][] = [];
  for (const m of text.matchAll(/[A-Za-z]+(?:'[A-Za-z]+)*/g)) {
    const w = m[0].toLowerCase();
    const found = pairs.find((p) => p[0] === w);
    if (found) found[1]++;
    else pairs.push([w, 1]);
  }
  return pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
