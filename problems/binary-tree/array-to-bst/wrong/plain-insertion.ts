// @verdict TLE
// Inserts the values one by one into a plain BST: correct, but sorted input makes a chain, Θ(n²) = 5·10^9 steps at n = 1e5.
function arrayToBST(nums: number[]): TreeNode | null {
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
