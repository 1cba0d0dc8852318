// @verdict WA
// Shrinks the window with `if` instead of `while`: only one element leaves per step, so the window can stay too large and miss the answer.
function findSubarray(nums: number[], target: number): number[] {
  let l = 0;
  let sum = 0;
  for (let r = 0; r < nums.length; r++) {
    sum += nums[r]!;
    if (sum > target) sum -= nums[l++]!;
    if (sum === target) return [l, r];
  }
  return [];
}
