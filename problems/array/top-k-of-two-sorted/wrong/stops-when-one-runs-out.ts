// @verdict WA
// Merges only while both arrays have elements left and forgets the rest of the longer one.
function topKOfTwo(a: number[], b: number[], k: number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < k && i < a.length && j < b.length) {
    if (a[i]! >= b[j]!) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
