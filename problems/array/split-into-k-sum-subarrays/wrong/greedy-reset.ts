// @verdict WA
// Cuts whenever the running sum reaches k and restarts from 0, without asking how many pieces the total allows: with negatives it cuts too often, e.g. [3, 3, -3] with k = 3 cuts twice and is left with [-3], though the whole array is one piece of sum 3.
function canSplit(nums: number[], k: number): boolean {
  let sum = 0;
  let pieces = 0;
  for (const x of nums) {
    sum += x;
    if (sum === k) {
      pieces++;
      sum = 0;
    }
  }
  return sum === 0 && pieces > 0;
}
