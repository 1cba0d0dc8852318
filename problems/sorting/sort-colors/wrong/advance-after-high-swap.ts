// @verdict WA
// Dutch flag that also advances i after swapping a 2 to the back: the value brought in from the back is never examined, so a 0 or 2 can be left in the middle.
function sortColors(nums: number[]): void {
  let lo = 0;
  let i = 0;
  let hi = nums.length - 1;
  while (i <= hi) {
    if (nums[i] === 0) {
      [nums[i], nums[lo]] = [nums[lo]!, nums[i]!];
      lo++;
      i++;
    } else if (nums[i] === 2) {
      [nums[i], nums[hi]] = [nums[hi]!, nums[i]!];
      hi--;
      i++;
    } else {
      i++;
    }
  }
}
