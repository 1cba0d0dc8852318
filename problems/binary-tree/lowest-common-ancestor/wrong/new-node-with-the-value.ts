// @verdict WA
// Finds the right ancestor but returns a fresh TreeNode with its value: the judge wants the node of the tree itself.
function lowestCommonAncestor(root: TreeNode | null, p: TreeNode | null, q: TreeNode | null): TreeNode | null {
  if (!root || !p || !q) return null;
  const parent = new Map<number, number | null>([[root.val, null]]);
  const stack: TreeNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of [node.left, node.right]) {
      if (child) {
        parent.set(child.val, node.val);
        stack.push(child);
      }
    }
  }
  const ancestors = new Set<number>();
  for (let a: number | null = p.val; a !== null; a = parent.get(a) ?? null) ancestors.add(a);
  let b: number | null = q.val;
  while (b !== null && !ancestors.has(b)) b = parent.get(b) ?? null;
  return b === null ? null : new TreeNode(b);
}
