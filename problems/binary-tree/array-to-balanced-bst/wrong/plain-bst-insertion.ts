// @verdict WA
// Inserts the values into a plain BST without rebalancing: a valid BST, but unbalanced (a chain on sorted input).
function buildBalancedBST(nums: number[]): TreeNode | null {
  let root: TreeNode | null = null;
  for (const v of nums) {
    const node = new TreeNode(v);
    if (!root) {
      root = node;
      continue;
    }
    let at = root;
    for (;;) {
      if (v < at.val) {
        if (!at.left) { at.left = node; break; }
        at = at.left;
      } else {
        if (!at.right) { at.right = node; break; }
        at = at.right;
      }
    }
  }
  return root;
}
