function canSplit(nums: number[], k: number): boolean {
  // The pieces partition the array, so their sums add up to the total: m pieces need total = m·k.
  let total = 0;
  for (const x of nums) total += x;
  // k = 0: every piece sums to 0, so the total must be 0; then the whole array is one valid piece.
  if (k === 0) return total === 0;
  const m = total / k;
  if (!Number.isInteger(m) || m < 1) return false;
  // Cutting the array after index i means the prefix sum there is j·k for the j-th cut. The cuts
  // must reach k, 2k, …, (m-1)k in order before the last element; taking each one at its earliest
  // index leaves the most room for the next (exchange argument), so a greedy scan decides it.
  let prefix = 0;
  let j = 1;
  for (let i = 0; i < nums.length - 1 && j < m; i++) {
    prefix += nums[i]!;
    if (prefix === j * k) j++;
  }
  return j === m;
}
