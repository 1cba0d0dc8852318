function findSubarray(nums: number[], target: number): number[] {
  // Sliding window [l, r]: every value is positive, so extending the window only raises its sum and
  // dropping its left end only lowers it. For each right end r, shrink from the left while the sum is
  // too large; the first r that reaches the target exactly gives the answer.
  let l = 0;
  let sum = 0;
  for (let r = 0; r < nums.length; r++) {
    sum += nums[r]!;
    while (sum > target) sum -= nums[l++]!;
    if (sum === target) return [l, r];
  }
  return [];
}
