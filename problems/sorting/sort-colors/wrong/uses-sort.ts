// @verdict RE
// Calls the library sort, which this problem forbids: sort() throws.
function sortColors(nums: number[]): void {
  nums.sort((a, b) => a - b);
}
