function buildBalancedBST(nums: number[]): TreeNode | null {
  // An AVL tree: insert the values one by one and rotate wherever a node becomes unbalanced.
  // Nodes are numbered 1..n in insertion order and live in typed arrays; 0 stands for "no node".
  const n = nums.length;
  const key = Float64Array.from(nums);
  const left = new Int32Array(n + 1);
  const right = new Int32Array(n + 1);
  const height = new Int32Array(n + 1); // height[0] = 0 is the empty tree
  const path = new Int32Array(64); // root → insertion point; an AVL tree of 1e5 nodes is < 25 deep

  const setHeight = (x: number): void => {
    const hl = height[left[x]!]!;
    const hr = height[right[x]!]!;
    height[x] = (hl > hr ? hl : hr) + 1;
  };
  const rotateRight = (x: number): number => {
    const y = left[x]!;
    left[x] = right[y]!;
    right[y] = x;
    setHeight(x); // x is now below y: update it first
    setHeight(y);
    return y;
  };
  const rotateLeft = (x: number): number => {
    const y = right[x]!;
    right[x] = left[y]!;
    left[y] = x;
    setHeight(x);
    setHeight(y);
    return y;
  };
  /** Restores the balance of x (children already balanced); returns the root of its subtree. */
  const rebalance = (x: number): number => {
    const l = left[x]!;
    const r = right[x]!;
    if (height[l]! > height[r]! + 1) {
      if (height[right[l]!]! > height[left[l]!]!) left[x] = rotateLeft(l); // left-right case
      return rotateRight(x);
    }
    if (height[r]! > height[l]! + 1) {
      if (height[left[r]!]! > height[right[r]!]!) right[x] = rotateRight(r); // right-left case
      return rotateLeft(x);
    }
    setHeight(x);
    return x;
  };

  let root = 0;
  for (let id = 1; id <= n; id++) {
    const v = key[id - 1]!;
    height[id] = 1;
    if (root === 0) {
      root = id;
      continue;
    }
    // Walk down as in a plain BST, remembering the path, and hang the new node.
    let depth = 0;
    for (let x = root; x !== 0; x = v < key[x - 1]! ? left[x]! : right[x]!) path[depth++] = x;
    const parent = path[depth - 1]!;
    if (v < key[parent - 1]!) left[parent] = id;
    else right[parent] = id;
    // Walk back up: rebalance every node on the path, hanging each rebalanced subtree back in place.
    // Once a node keeps both its place and its height, nothing above it changes.
    let sub = id;
    for (let d = depth - 1; d >= 0; d--) {
      const x = path[d]!;
      if (v < key[x - 1]!) left[x] = sub;
      else right[x] = sub;
      const before = height[x]!;
      sub = rebalance(x);
      if (sub === x && height[x] === before) break;
      if (d === 0) root = sub;
    }
  }

  const build = (x: number): TreeNode | null => (x === 0 ? null : new TreeNode(key[x - 1]!, build(left[x]!), build(right[x]!)));
  return build(root);
}
