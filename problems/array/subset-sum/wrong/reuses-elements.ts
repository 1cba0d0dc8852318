// @verdict WA
// Scans the sums upwards: reach[s - x] may already include x, so an element can be used many times (unbounded knapsack).
function hasSubsetSum(nums: number[], m: number): boolean {
  const reach = new Array<boolean>(m + 1).fill(false);
  reach[0] = true;
  for (const x of nums) {
    for (let s = x; s <= m; s++) {
      if (reach[s - x]) reach[s] = true;
    }
  }
  return reach[m]!;
}
