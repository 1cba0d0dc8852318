function rankWords(text: string): [string, number][] {
  // A word: ASCII letters, where an apostrophe counts only between two letters ("don't", "rock'n'roll").
  // The regex reads exactly that: a run of letters, then any number of "' + run of letters".
  const WORD = /[A-Za-z]+(?:'[A-Za-z]+)*/g;
  const counts = new Map<string, number>();
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // Count descending, then the word ascending by UTF-16 code units (plain < on strings).
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
