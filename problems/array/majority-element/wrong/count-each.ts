// @verdict TLE
// Counts the occurrences of every element with a full scan: O(n²) when there is no majority.
function majorityElement(nums: number[]): number {
  const n = nums.length;
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (let j = 0; j < n; j++) if (nums[j] === nums[i]) c++;
    if (2 * c > n) return nums[i]!;
  }
  return -1;
}
