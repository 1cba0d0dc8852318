function hasSubsetSum(nums: number[], m: number): boolean {
  // 0/1 knapsack over sums: reach[s] = 1 when some subset of the elements seen so far adds up to s.
  // The empty subset reaches 0. Each element is added by scanning s from high to low, so that
  // reach[s - x] still describes subsets without x and x is used at most once.
  const reach = new Uint8Array(m + 1);
  reach[0] = 1;
  for (const x of nums) {
    if (x > m) continue; // too large to be part of any subset summing to m
    for (let s = m; s >= x; s--) {
      if (reach[s - x] === 1) reach[s] = 1;
    }
    if (reach[m] === 1) return true;
  }
  return reach[m] === 1;
}
