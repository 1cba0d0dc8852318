function flatten(root: TreeNode | null): void {
  // O(1) extra space: whenever a node has a left subtree, splice that subtree in between the node
  // and its right subtree, then move on to the next node of the list.
  for (let node = root; node; node = node.right) {
    if (!node.left) continue;
    // The last node of the left subtree in pre-order is its rightmost node.
    let last = node.left;
    while (last.right) last = last.right;
    last.right = node.right;
    node.right = node.left;
    node.left = null;
  }
}
