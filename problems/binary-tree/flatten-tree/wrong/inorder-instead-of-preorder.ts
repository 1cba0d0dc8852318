// @verdict WA
// Relinks the nodes in in-order instead of pre-order.
function flatten(root: TreeNode | null): void {
  const order: TreeNode[] = [];
  const stack: TreeNode[] = [];
  let node = root;
  while (node || stack.length > 0) {
    while (node) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    order.push(node);
    node = node.right;
  }
  for (let i = 0; i < order.length; i++) {
    order[i]!.left = null;
    order[i]!.right = order[i + 1] ?? null;
  }
}
