// @verdict WA
// Boyer–Moore voting without the second pass: when no majority exists it still returns the survivor.
function majorityElement(nums: number[]): number {
  let candidate = -1;
  let count = 0;
  for (const x of nums) {
    if (count === 0) candidate = x;
    count += x === candidate ? 1 : -1;
  }
  return candidate;
}
