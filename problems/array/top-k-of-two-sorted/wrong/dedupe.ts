// @verdict WA
// Merges through a Set, so a value present in both arrays (or twice in one) is counted once.
function topKOfTwo(a: number[], b: number[], k: number): number[] {
  const all = [...new Set([...a, ...b])];
  all.sort((x, y) => y - x);
  return all.slice(0, k);
}
