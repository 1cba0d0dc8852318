function arrayToBST(nums: number[]): TreeNode | null {
  // Sort a copy (numerically!), then build a balanced BST: the middle element is the root, the left
  // half its left subtree, the right half its right subtree. The recursion is only log n deep.
  const sorted = nums.slice().sort((a, b) => a - b);
  const build = (lo: number, hi: number): TreeNode | null => {
    if (lo > hi) return null;
    const mid = (lo + hi) >> 1;
    return new TreeNode(sorted[mid]!, build(lo, mid - 1), build(mid + 1, hi));
  };
  return build(0, sorted.length - 1);
}
