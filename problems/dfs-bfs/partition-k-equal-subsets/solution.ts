function canPartitionKSubsets(nums: number[], k: number): boolean {
  const n = nums.length;
  const total = nums.reduce((a, b) => a + b, 0);
  if (total % k !== 0) return false;
  const target = total / k;
  const a = [...nums].sort((x, y) => x - y);
  if (a[n - 1]! > target) return false;
  // Fill the buckets one after another. For a set of used values (a bitmask), only the fill level of
  // the current bucket matters: fill[mask] = (sum of the values in mask) mod target, or -1 when the
  // values in mask cannot be packed as "some full buckets plus one partial bucket".
  const full = (1 << n) - 1;
  const fill = new Int32Array(1 << n).fill(-1);
  fill[0] = 0;
  for (let mask = 0; mask < full; mask++) {
    const f = fill[mask]!;
    if (f < 0) continue;
    for (let i = 0; i < n; i++) {
      if ((mask >> i) & 1) continue;
      if (f + a[i]! > target) break; // sorted ascending: every later value overflows too
      const next = mask | (1 << i);
      if (fill[next] === -1) fill[next] = (f + a[i]!) % target;
    }
  }
  return fill[full] === 0;
}
