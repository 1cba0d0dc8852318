// @verdict WA
// Copies the pre-order values into a chain of new TreeNodes under root.right: the right shape, but not the original nodes.
function flatten(root: TreeNode | null): void {
  if (!root) return;
  const values: number[] = [];
  const stack: TreeNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    values.push(node.val);
    if (node.right) stack.push(node.right);
    if (node.left) stack.push(node.left);
  }
  root.left = null;
  let tail = root;
  for (let i = 1; i < values.length; i++) {
    tail.right = new TreeNode(values[i]);
    tail = tail.right;
  }
  tail.right = null;
}
