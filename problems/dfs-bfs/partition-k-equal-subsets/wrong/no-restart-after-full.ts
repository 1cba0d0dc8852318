// @verdict WA
// Fills one bucket at a time, but when a bucket becomes full it keeps scanning from the current index
// instead of restarting from index 0: values skipped earlier are never offered to the next bucket.
function canPartitionKSubsets(nums: number[], k: number): boolean {
  const n = nums.length;
  const total = nums.reduce((a, b) => a + b, 0);
  if (total % k !== 0) return false;
  const target = total / k;
  const a = [...nums].sort((x, y) => y - x);
  if (a[0]! > target) return false;
  const used = new Array<boolean>(n).fill(false);
  const dfs = (start: number, cur: number, left: number): boolean => {
    if (left === 0) return true;
    if (cur === target) return dfs(start, 0, left - 1); // bug: should be dfs(0, 0, left - 1)
    for (let i = start; i < n; i++) {
      if (used[i] || cur + a[i]! > target) continue;
      used[i] = true;
      if (dfs(i + 1, cur + a[i]!, left)) return true;
      used[i] = false;
    }
    return false;
  };
  return dfs(0, 0, k);
}
