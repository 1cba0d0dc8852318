// @verdict WA
// Sorts with the default sort(), which compares numbers as strings (-1 < -25 < 10 < 100 < 2 < 9), then builds from the middle.
function arrayToBST(nums: number[]): TreeNode | null {
  const sorted = nums.slice().sort();
  const build = (lo: number, hi: number): TreeNode | null => {
    if (lo > hi) return null;
    const mid = (lo + hi) >> 1;
    return new TreeNode(sorted[mid]!, build(lo, mid - 1), build(mid + 1, hi));
  };
  return build(0, sorted.length - 1);
}
