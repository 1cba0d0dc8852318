// @verdict WA
// Counts with a map but accepts a value occurring exactly n/2 times (>= instead of >).
function majorityElement(nums: number[]): number {
  const counts = new Map<number, number>();
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1);
  for (const [value, c] of counts) if (c >= nums.length / 2) return value;
  return -1;
}
