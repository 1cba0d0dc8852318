// @verdict TLE
// Asks nums.includes(i) for every i in 1..n: each call scans the array, Θ(n²) for n = 1e5.
function findDisappearedNumbers(nums: number[]): number[] {
  const missing: number[] = [];
  for (let i = 1; i <= nums.length; i++) if (!nums.includes(i)) missing.push(i);
  return missing;
}
