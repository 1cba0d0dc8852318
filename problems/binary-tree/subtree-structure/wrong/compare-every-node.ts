// @verdict TLE
// The textbook O(n·m): at every node of b, compare the whole shape of a. On a 1e5 chain with a 5e4 chain as a that is ~10^9 steps.
function isSubtreeStructure(a: TreeNode | null, b: TreeNode | null): boolean {
  const same = (x: TreeNode | null, y: TreeNode | null): boolean => {
    if (!x || !y) return x === y;
    return same(x.left, y.left) && same(x.right, y.right);
  };
  if (!a) return true;
  if (!b) return false;
  return same(a, b) || isSubtreeStructure(a, b.left) || isSubtreeStructure(a, b.right);
}
