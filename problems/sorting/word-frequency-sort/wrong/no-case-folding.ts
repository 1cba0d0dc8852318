// @verdict WA
// Counts words as they are written: "The" and "the" become two different words.
function rankWords(text: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[A-Za-z]+(?:'[A-Za-z]+)*/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
