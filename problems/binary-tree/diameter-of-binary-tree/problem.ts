import { chainTree, defineProblem, encodeTree, levelOrderValues, randomTree, type Rng, TreeNode } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 100_000;
const V_MAX = 100;

const input = z
  .tuple([z.array(z.number().int().min(-V_MAX).max(V_MAX).nullable()).max(2 * N_MAX + 1)])
  .superRefine(([tree], ctx) => {
    const values = levelOrderValues(tree);
    if (typeof values === 'string') ctx.addIssue({ code: 'custom', message: values, path: [0] });
    else if (values.length < 1 || values.length > N_MAX) {
      ctx.addIssue({ code: 'custom', message: `the tree must have 1 to ${N_MAX} nodes, got ${values.length}`, path: [0] });
    }
  });

const val = (rng: Rng): number => rng.int(-V_MAX, V_MAX);
const values = (rng: Rng, n: number): number[] => Array.from({ length: n }, () => val(rng));

/** A random tree of n nodes (see randomTree in problem-kit); `recent` grows long paths. */
const randomOf = (rng: Rng, n: number, recent: number): (number | null)[] => encodeTree(randomTree(rng, values(rng, n), recent).root);

/** A single path of n nodes; `left(d)` says whether the node at depth d hangs to the left. */
const chainOf = (rng: Rng, n: number, left: (depth: number) => boolean): TreeNode => chainTree(values(rng, n), left).root;

/**
 * The root has a short right arm; its left child carries two long chains (a "V"), so the longest path
 * (2·arm edges) lies entirely in the left subtree and avoids the root.
 */
function offRootV(rng: Rng, arm: number, rightArm: number): (number | null)[] {
  const root = new TreeNode(val(rng));
  const top = new TreeNode(val(rng));
  root.left = top;
  top.left = chainOf(rng, arm, () => true);
  top.right = chainOf(rng, arm, () => false);
  if (rightArm > 0) root.right = chainOf(rng, rightArm, (d) => d % 2 === 0);
  return encodeTree(root);
}

/** A "caterpillar": a spine of n/2 nodes, each with a leaf hanging on the other side. */
function caterpillar(rng: Rng, n: number): (number | null)[] {
  const root = new TreeNode(val(rng));
  let spine = root;
  for (let k = 1; k + 1 < n; k += 2) {
    spine.right = new TreeNode(val(rng));
    spine.left = new TreeNode(val(rng));
    spine = spine.left;
  }
  return encodeTree(root);
}

export default defineProblem({
  slug: 'diameter-of-binary-tree',
  section: 'binary-tree',
  title: { zh: '二叉树的直径', en: 'Diameter of Binary Tree' },
  difficulty: 'easy',
  tags: ['tree', 'binary-tree', 'dfs'],
  leetcode: 543,
  entry: {
    kind: 'function',
    name: 'diameterOfBinaryTree',
    params: [{ name: 'root', type: 'TreeNode | null', codec: 'tree' }],
    returns: { type: 'number' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 2000, memoryMb: 256 },
  input,
  samples: [{ input: [[1, 2, 3, 4, 5]] }, { input: [[1, 2]] }, { input: [[1, 2, 3, 4, 5, null, null, 6, null, null, 7, 8, null, null, 9]] }],
  tests: [
    { name: 'single node', input: [[0]] },
    { name: 'two nodes, right child', input: [[1, null, 2]] },
    { name: 'three nodes, both children', input: [[1, 2, 3]] },
    { name: 'three nodes, a chain', input: [[1, 2, null, 3]] },
    { name: 'the longest path avoids the root', input: [[1, 2, null, 3, 4, 5, null, null, 6, 7, null, null, 8]] },
    { name: 'avoids the root, the root has a short right arm', input: [[1, 2, 9, 3, 4, null, null, 5, null, null, 6, 7, null, null, 8]] },
    { name: 'negative values', input: [[-100, -1, 100, -2, -3]] },
    { name: 'perfect tree of 15 nodes', input: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]] },
    { name: 'random small', seed: 5431, count: 5, make: (rng) => [randomOf(rng, rng.int(1, 15), 0.3)] },
    { name: 'random medium', seed: 5432, count: 3, make: (rng) => [randomOf(rng, rng.int(100, 3000), 0.5)] },
    { name: 'random medium, V away from the root', seed: 5433, count: 2, make: (rng) => [offRootV(rng, rng.int(50, 500), rng.int(0, 40))] },
    { name: 'left chain of 1e4', seed: 5434, make: (rng) => [encodeTree(chainOf(rng, 10_000, () => true))] },
    { name: 'max: right chain of 1e5', seed: 5435, make: (rng) => [encodeTree(chainOf(rng, N_MAX, () => false))] },
    { name: 'max: V of two 5e4 chains under the root\'s left child', seed: 5436, make: (rng) => [offRootV(rng, N_MAX / 2 - 10, 7)] },
    { name: 'max random tree with long paths', seed: 5437, make: (rng) => [randomOf(rng, N_MAX, 0.9)] },
    { name: 'max caterpillar', seed: 5438, make: (rng) => [caterpillar(rng, N_MAX)] },
    { name: 'complete tree of 65535 nodes', seed: 5439, make: (rng) => [values(rng, 65_535)] },
  ],
  complexity: { time: 'O(n)', space: 'O(h)' },
});
