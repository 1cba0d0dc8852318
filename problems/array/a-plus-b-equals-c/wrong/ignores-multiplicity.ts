// @verdict WA
// Works on the set of values only: 0 + 0 = 0 from a single zero, a + 0 = a or a + a = 2a from a single a.
function findSumTriples(nums: number[]): number[][] {
  const values = [...new Set(nums)].sort((x, y) => x - y);
  const present = new Set(values);
  const out: number[][] = [];
  for (let i = 0; i < values.length; i++) {
    for (let j = i; j < values.length; j++) {
      const c = values[i]! + values[j]!;
      if (present.has(c)) out.push([values[i]!, values[j]!, c]);
    }
  }
  return out;
}
