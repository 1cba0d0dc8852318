// @verdict TLE
// Removes the maximum k times, scanning the whole array each time: Θ(n·k), hopeless for n = 1e5, k = n/2.
function findKthLargest(nums: number[], k: number): number {
  let n = nums.length;
  for (let round = 1; ; round++) {
    let best = 0;
    for (let i = 1; i < n; i++) if (nums[i]! > nums[best]!) best = i;
    if (round === k) return nums[best]!;
    nums[best] = nums[--n]!;
  }
}
