// @verdict TLE
// Recomputes depth(left) + depth(right) from scratch at every node: Θ(n²) on a chain, 5·10^9 steps at 1e5 nodes.
function diameterOfBinaryTree(root: TreeNode | null): number {
  const depth = (x: TreeNode | null): number => (x ? 1 + Math.max(depth(x.left), depth(x.right)) : 0);
  if (!root) return 0;
  const here = depth(root.left) + depth(root.right);
  return Math.max(here, diameterOfBinaryTree(root.left), diameterOfBinaryTree(root.right));
}
