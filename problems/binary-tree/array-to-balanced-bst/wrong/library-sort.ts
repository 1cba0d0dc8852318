// @verdict RE
// Sorts a copy with the library sort and builds from the middle: sorting is banned here, so sort() throws.
function buildBalancedBST(nums: number[]): TreeNode | null {
  const sorted = [...nums].sort((a, b) => a - b);
  const build = (lo: number, hi: number): TreeNode | null => {
    if (lo > hi) return null;
    const mid = (lo + hi) >> 1;
    return new TreeNode(sorted[mid]!, build(lo, mid - 1), build(mid + 1, hi));
  };
  return build(0, sorted.length - 1);
}
