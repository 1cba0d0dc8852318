// @verdict WA
// Links the nodes in pre-order through .right but forgets to set .left = null: the result is not a list.
function flatten(root: TreeNode | null): void {
  const order: TreeNode[] = [];
  const stack: TreeNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    if (node.right) stack.push(node.right);
    if (node.left) stack.push(node.left);
  }
  for (let i = 0; i < order.length; i++) order[i]!.right = order[i + 1] ?? null;
}
