// @verdict TLE
// Climbs the path root → p from the bottom and runs a full DFS under each node to look for q: O(n²) on a long chain.
function lowestCommonAncestor(root: TreeNode | null, p: TreeNode | null, q: TreeNode | null): TreeNode | null {
  if (!root || !p || !q) return null;
  const contains = (top: TreeNode, target: TreeNode): boolean => {
    const stack: TreeNode[] = [top];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === target) return true;
      if (node.left) stack.push(node.left);
      if (node.right) stack.push(node.right);
    }
    return false;
  };
  // The path from the root to p, by an iterative DFS that keeps the current path.
  const path: TreeNode[] = [];
  const stack: [TreeNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    path.length = depth;
    path.push(node);
    if (node === p) break;
    if (node.right) stack.push([node.right, depth + 1]);
    if (node.left) stack.push([node.left, depth + 1]);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    if (contains(path[i]!, q)) return path[i]!;
  }
  return null;
}
