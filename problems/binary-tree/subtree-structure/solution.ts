function isSubtreeStructure(a: TreeNode | null, b: TreeNode | null): boolean {
  if (!a) return true; // the empty tree is a subtree of every tree
  if (!b) return false;

  // Two trees with the same structure have the same height. The nodes of b whose height equals h(a)
  // are never ancestor and descendant of each other (an ancestor is strictly taller), so their subtrees
  // are disjoint: comparing a with each of them costs O(n + m) in total.
  // No recursion anywhere, so chains 1e5 deep are fine.

  /** Level order of the tree and each node's height. */
  const heights = (root: TreeNode): [TreeNode[], Int32Array] => {
    const nodes: TreeNode[] = [root];
    const parent: number[] = [-1];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.left) {
        nodes.push(node.left);
        parent.push(i);
      }
      if (node.right) {
        nodes.push(node.right);
        parent.push(i);
      }
    }
    // Children come after their parent in level order: walking it backwards finishes every node's
    // height before handing it up to the parent.
    const h = new Int32Array(nodes.length).fill(1);
    for (let i = nodes.length - 1; i > 0; i--) {
      const p = parent[i]!;
      if (h[i]! + 1 > h[p]!) h[p] = h[i]! + 1;
    }
    return [nodes, h];
  };

  /** Do x and y have the same structure? An explicit stack of node pairs instead of recursion. */
  const same = (x: TreeNode, y: TreeNode): boolean => {
    const stack: (TreeNode | null)[] = [x, y];
    while (stack.length > 0) {
      const q = stack.pop()!;
      const p = stack.pop()!;
      if (!p || !q) {
        if (p !== q) return false;
        continue;
      }
      stack.push(p.left, q.left, p.right, q.right);
    }
    return true;
  };

  const [, ha] = heights(a);
  const [nodes, hb] = heights(b);
  const target = ha[0]!;
  for (let i = 0; i < nodes.length; i++) {
    if (hb[i] === target && same(a, nodes[i]!)) return true;
  }
  return false;
}
