// @verdict WA
// Builds from the middle of the unsorted array: perfectly balanced, but not a binary search tree.
function buildBalancedBST(nums: number[]): TreeNode | null {
  const build = (lo: number, hi: number): TreeNode | null => {
    if (lo > hi) return null;
    const mid = (lo + hi) >> 1;
    return new TreeNode(nums[mid]!, build(lo, mid - 1), build(mid + 1, hi));
  };
  return build(0, nums.length - 1);
}
