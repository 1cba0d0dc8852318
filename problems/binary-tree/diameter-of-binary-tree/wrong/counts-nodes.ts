// @verdict WA
// Counts the nodes on the longest path instead of its edges: every answer is one too large.
function diameterOfBinaryTree(root: TreeNode | null): number {
  let best = 0;
  const depth = (x: TreeNode | null): number => {
    if (!x) return 0;
    const l = depth(x.left);
    const r = depth(x.right);
    best = Math.max(best, l + r + 1);
    return 1 + Math.max(l, r);
  };
  depth(root);
  return best;
}
