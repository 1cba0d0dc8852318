// @verdict WA
// Builds the sums from single elements and forgets the empty subset: m = 0 is answered false unless nums holds a 0.
function hasSubsetSum(nums: number[], m: number): boolean {
  const reach = new Array<boolean>(m + 1).fill(false);
  for (const x of nums) {
    for (let s = m; s > x; s--) {
      if (reach[s - x]) reach[s] = true;
    }
    if (x <= m) reach[x] = true;
  }
  return reach[m]!;
}
