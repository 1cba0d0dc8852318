// @verdict WA
// Concatenates and sorts without a comparator: JavaScript's default sort compares numbers as strings.
function topKOfTwo(a: number[], b: number[], k: number): number[] {
  return a.concat(b).sort().reverse().slice(0, k);
}
