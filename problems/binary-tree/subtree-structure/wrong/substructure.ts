// @verdict WA
// Checks a "substructure" (剑指 Offer 26): a missing child of a matches anything, so a shape that only
// matches the top levels of a subtree of b (which has more nodes below) is wrongly accepted.
function isSubtreeStructure(a: TreeNode | null, b: TreeNode | null): boolean {
  const covers = (x: TreeNode | null, y: TreeNode | null): boolean => {
    if (!x) return true;
    if (!y) return false;
    return covers(x.left, y.left) && covers(x.right, y.right);
  };
  if (!a) return true;
  const stack: TreeNode[] = b ? [b] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (covers(a, node)) return true;
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  return false;
}
