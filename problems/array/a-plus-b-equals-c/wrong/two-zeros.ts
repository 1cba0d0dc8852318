// @verdict WA
// Asks for a second copy whenever a value is reused, but never for a third: accepts 0 + 0 = 0 with only two zeros.
function findSumTriples(nums: number[]): number[][] {
  const count = new Map<number, number>();
  for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
  const values = [...count.keys()].sort((x, y) => x - y);
  const out: number[][] = [];
  for (let i = 0; i < values.length; i++) {
    for (let j = i; j < values.length; j++) {
      const a = values[i]!;
      const b = values[j]!;
      const c = a + b;
      if (!count.has(c)) continue;
      if (a === b && count.get(a)! < 2) continue;
      if ((c === a || c === b) && count.get(c)! < 2) continue;
      out.push([a, b, c]);
    }
  }
  return out;
}
