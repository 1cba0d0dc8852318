// @verdict TLE
// Tries every start and extends the sum to every end: correct, but Θ(n²) = 5·10^9 additions at n = 10^5.
function maxSubArray(nums: number[]): number {
  let best = -Infinity;
  for (let i = 0; i < nums.length; i++) {
    let sum = 0;
    for (let j = i; j < nums.length; j++) {
      sum += nums[j]!;
      if (sum > best) best = sum;
    }
  }
  return best;
}
