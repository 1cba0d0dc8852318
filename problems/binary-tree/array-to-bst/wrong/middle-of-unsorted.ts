// @verdict WA
// Builds from the middle of the array without sorting it first (LeetCode 108 copied as is): balanced, but not a search tree.
function arrayToBST(nums: number[]): TreeNode | null {
  const build = (lo: number, hi: number): TreeNode | null => {
    if (lo > hi) return null;
    const mid = (lo + hi) >> 1;
    return new TreeNode(nums[mid]!, build(lo, mid - 1), build(mid + 1, hi));
  };
  return build(0, nums.length - 1);
}
