// @verdict WA
// Skips the first element.
function sumArray(nums: number[]): number {
  let s = 0;
  for (let i = 1; i < nums.length; i++) s += nums[i]!;
  return s;
}
