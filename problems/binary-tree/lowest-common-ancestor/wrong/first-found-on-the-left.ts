// @verdict WA
// Returns whatever the left subtree finds without looking right: when p is on the left and q on the right it answers p.
function lowestCommonAncestor(root: TreeNode | null, p: TreeNode | null, q: TreeNode | null): TreeNode | null {
  if (!root || root === p || root === q) return root;
  const left = lowestCommonAncestor(root.left, p, q);
  if (left) return left;
  return lowestCommonAncestor(root.right, p, q);
}
