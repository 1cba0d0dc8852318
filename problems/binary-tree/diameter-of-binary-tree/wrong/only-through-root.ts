// @verdict WA
// Returns depth(left) + depth(right) at the root only: misses a longest path that does not pass through the root.
function diameterOfBinaryTree(root: TreeNode | null): number {
  const depth = (x: TreeNode | null): number => (x ? 1 + Math.max(depth(x.left), depth(x.right)) : 0);
  return root ? depth(root.left) + depth(root.right) : 0;
}
