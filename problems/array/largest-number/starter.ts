function largestNumber(nums: number[]): string {
  // 在这里写你的代码 · write your code here
  return '';
}
