// @verdict WA
// Only checks that the total is a positive multiple of k: the prefix sums must also pass through k, 2k, … in order, e.g. [1, 3, 2] with k = 3 has total 6 but cannot be cut.
function canSplit(nums: number[], k: number): boolean {
  let total = 0;
  for (const x of nums) total += x;
  if (k === 0) return total === 0;
  return total % k === 0 && total / k >= 1;
}
