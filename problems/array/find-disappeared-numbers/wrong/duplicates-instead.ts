// @verdict WA
// Answers the neighbouring question: returns the values that appear twice instead of those that are missing.
function findDisappearedNumbers(nums: number[]): number[] {
  const twice: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    const slot = Math.abs(nums[i]!) - 1;
    if (nums[slot]! < 0) twice.push(slot + 1);
    else nums[slot] = -nums[slot]!;
  }
  return twice;
}
