// @verdict WA
// LeetCode 572 copied unchanged: it also compares the values, but only the structure counts here.
function isSubtreeStructure(a: TreeNode | null, b: TreeNode | null): boolean {
  const same = (x: TreeNode | null, y: TreeNode | null): boolean => {
    if (!x || !y) return x === y;
    return x.val === y.val && same(x.left, y.left) && same(x.right, y.right);
  };
  if (!a) return true;
  if (!b) return false;
  return same(a, b) || isSubtreeStructure(a, b.left) || isSubtreeStructure(a, b.right);
}
