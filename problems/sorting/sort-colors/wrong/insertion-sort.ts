// @verdict TLE
// A hand-written insertion sort, since sort() is banned: correct and in place, but Θ(n²) shifts, about 3·10^9 on a reversed array of 10^5.
function sortColors(nums: number[]): void {
  for (let i = 1; i < nums.length; i++) {
    const v = nums[i]!;
    let j = i - 1;
    while (j >= 0 && nums[j]! > v) {
      nums[j + 1] = nums[j]!;
      j--;
    }
    nums[j + 1] = v;
  }
}
