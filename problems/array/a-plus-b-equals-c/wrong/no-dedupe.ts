// @verdict WA
// Checks every pair of positions against a count map but never removes repeated triples: equal values give the same triple many times.
function findSumTriples(nums: number[]): number[][] {
  const count = new Map<number, number>();
  for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
  const out: number[][] = [];
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      const a = Math.min(nums[i]!, nums[j]!);
      const b = Math.max(nums[i]!, nums[j]!);
      const c = a + b;
      // c must be available at a third position.
      const used = (a === c ? 1 : 0) + (b === c ? 1 : 0);
      if ((count.get(c) ?? 0) > used) out.push([a, b, c]);
    }
  }
  return out;
}
