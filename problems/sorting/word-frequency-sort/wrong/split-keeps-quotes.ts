// @verdict WA
// Splits on everything that is not a letter or an apostrophe: quotes around a word ('hello') and possessive plurals (students') keep their apostrophes, and "''" counts as a word.
function rankWords(text: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().split(/[^a-z']+/)) {
    if (w === '') continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
