// @verdict WA
// Kadane with the running sum floored at 0 and the best starting at 0: the empty subarray sneaks in, so an all-negative array answers 0 instead of its largest element.
function maxSubArray(nums: number[]): number {
  let cur = 0;
  let best = 0;
  for (const x of nums) {
    cur = Math.max(cur + x, 0);
    best = Math.max(best, cur);
  }
  return best;
}
