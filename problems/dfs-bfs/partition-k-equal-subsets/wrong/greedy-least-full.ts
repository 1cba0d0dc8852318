// @verdict WA
// Greedy: the largest value first, always into the least filled bucket. [5, 3, 7, 4, 9] with k = 2 can
// be split (9 + 5 | 7 + 4 + 3), but the greedy puts 9 and 7 apart and gets stuck.
function canPartitionKSubsets(nums: number[], k: number): boolean {
  const total = nums.reduce((a, b) => a + b, 0);
  if (total % k !== 0) return false;
  const target = total / k;
  const buckets = new Array<number>(k).fill(0);
  for (const x of [...nums].sort((a, b) => b - a)) {
    let j = 0;
    for (let t = 1; t < k; t++) if (buckets[t]! < buckets[j]!) j = t;
    if (buckets[j]! + x > target) return false;
    buckets[j]! += x;
  }
  return true;
}
