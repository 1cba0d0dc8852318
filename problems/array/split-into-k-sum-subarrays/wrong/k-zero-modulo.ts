// @verdict WA
// The right greedy scan, but k = 0 is not treated apart: total % 0 is NaN, so every k = 0 input answers false.
function canSplit(nums: number[], k: number): boolean {
  let total = 0;
  for (const x of nums) total += x;
  if (total % k !== 0 || total / k < 1) return false;
  const m = total / k;
  let prefix = 0;
  let j = 1;
  for (let i = 0; i < nums.length - 1 && j < m; i++) {
    prefix += nums[i]!;
    if (prefix === j * k) j++;
  }
  return j === m;
}
