// @verdict WA
// Mixes a half-open range [lo, hi) with the closed-range recursion build(lo, mid - 1): every left half loses its last value.
function arrayToBST(nums: number[]): TreeNode | null {
  const sorted = nums.slice().sort((a, b) => a - b);
  const build = (lo: number, hi: number): TreeNode | null => {
    if (lo >= hi) return null;
    const mid = (lo + hi) >> 1;
    return new TreeNode(sorted[mid]!, build(lo, mid - 1), build(mid + 1, hi));
  };
  return build(0, sorted.length);
}
