function diameterOfBinaryTree(root: TreeNode | null): number {
  // The longest path whose highest node is x has depth(x.left) + depth(x.right) edges, where depth
  // counts the nodes of the longest downward chain. The diameter is the largest such sum over all x.
  // No recursion (the tree may be a chain 1e5 deep): list the nodes in level order with their parents;
  // walking that order backwards finishes every child before its parent.
  if (!root) return 0;
  const nodes: TreeNode[] = [root];
  const parent: number[] = [-1];
  for (let i = 0; i < nodes.length; i++) {
    const x = nodes[i]!;
    if (x.left) {
      nodes.push(x.left);
      parent.push(i);
    }
    if (x.right) {
      nodes.push(x.right);
      parent.push(i);
    }
  }
  // longest[x] = the depth of x's deepest child finished so far (0 before any).
  const longest = new Int32Array(nodes.length);
  let best = 0;
  for (let i = nodes.length - 1; i > 0; i--) {
    const d = longest[i]! + 1; // depth(i): all of i's children are finished
    const p = parent[i]!;
    // A path through p: the chain down to i plus the deepest chain below p's other child (if any).
    if (longest[p]! + d > best) best = longest[p]! + d;
    if (d > longest[p]!) longest[p] = d;
  }
  return best;
}
