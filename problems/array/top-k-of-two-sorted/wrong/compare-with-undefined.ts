// @verdict WA
// Compares the two heads without bounds checks: once b is used up, a[i] >= undefined is false and undefined is taken from b.
function topKOfTwo(a: number[], b: number[], k: number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < k) {
    if (a[i]! >= b[j]!) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
