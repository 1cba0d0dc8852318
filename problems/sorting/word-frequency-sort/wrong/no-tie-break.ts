// @verdict WA
// Sorts by count only: words with equal counts stay in the order they first appeared (the sort is stable) instead of alphabetical order.
function rankWords(text: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[A-Za-z]+(?:'[A-Za-z]+)*/g)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
