// @verdict WA
// Tests the window before adding nums[r]: a subarray that ends at the last element is never checked.
function findSubarray(nums: number[], target: number): number[] {
  let l = 0;
  let sum = 0;
  for (let r = 0; r < nums.length; r++) {
    while (sum > target) sum -= nums[l++]!;
    if (sum === target && l < r) return [l, r - 1];
    sum += nums[r]!;
  }
  return [];
}
