function lowestCommonAncestor(root: TreeNode | null, p: TreeNode | null, q: TreeNode | null): TreeNode | null {
  // Post-order with an explicit stack (no recursion: a 1e5-deep chain is fine). found[k] counts how
  // many of p and q the finished children of stack[k] contain; the first node to reach 2 is the LCA.
  const stack: TreeNode[] = [];
  const stage: number[] = [];
  const found: number[] = [];
  const push = (node: TreeNode): void => {
    stack.push(node);
    stage.push(0);
    found.push(node === p || node === q ? 1 : 0);
  };
  if (root) push(root);
  while (stack.length > 0) {
    const k = stack.length - 1;
    const node = stack[k]!;
    if (stage[k] === 0) {
      stage[k] = 1;
      if (node.left) push(node.left);
    } else if (stage[k] === 1) {
      stage[k] = 2;
      if (node.right) push(node.right);
    } else {
      // Both subtrees are done.
      if (found[k] === 2) return node;
      const count = found[k]!;
      stack.pop();
      stage.pop();
      found.pop();
      if (k > 0) found[k - 1] = found[k - 1]! + count;
    }
  }
  return null;
}
