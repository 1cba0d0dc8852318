// @verdict WA
// The right order, but all zeros are joined into "00…0" instead of "0".
function largestNumber(nums: number[]): string {
  return nums
    .map(String)
    .sort((a, b) => (b + a > a + b ? 1 : b + a < a + b ? -1 : 0))
    .join('');
}
