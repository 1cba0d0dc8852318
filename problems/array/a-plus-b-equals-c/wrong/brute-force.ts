// @verdict TLE
// Tries every triple of positions and deduplicates with a Set: Θ(n³), about 10^9 steps for n = 2000.
function findSumTriples(nums: number[]): number[][] {
  const n = nums.length;
  const seen = new Set<string>();
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      for (let k = 0; k < n; k++) {
        if (k === i || k === j || nums[i]! + nums[j]! !== nums[k]!) continue;
        const a = Math.min(nums[i]!, nums[j]!);
        const b = Math.max(nums[i]!, nums[j]!);
        const key = `${a},${b}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push([a, b, nums[k]!]);
        }
      }
    }
  }
  return out;
}
