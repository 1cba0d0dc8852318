function maxSubArray(nums: number[]): number {
  // Kadane: cur is the best sum of a subarray that ends at the current index. Either it extends the
  // best one ending just before, or it starts afresh here: cur = max(cur + x, x).
  let cur = nums[0]!;
  let best = cur;
  for (let i = 1; i < nums.length; i++) {
    const x = nums[i]!;
    cur = cur > 0 ? cur + x : x;
    if (cur > best) best = cur;
  }
  return best;
}
