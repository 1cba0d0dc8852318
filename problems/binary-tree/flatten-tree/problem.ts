import { chainTree, defineProblem, encodeTree, levelOrderValues, randomTree, type Rng, TreeNode } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 2000;
const V_MAX = 100;

const input = z
  .tuple([z.array(z.number().int().min(-V_MAX).max(V_MAX).nullable()).max(2 * N_MAX + 1)])
  .superRefine(([tree], ctx) => {
    const values = levelOrderValues(tree);
    if (typeof values === 'string') ctx.addIssue({ code: 'custom', message: values, path: [0] });
    else if (values.length > N_MAX) ctx.addIssue({ code: 'custom', message: `at most ${N_MAX} nodes, got ${values.length}`, path: [0] });
  });

const val = (rng: Rng): number => rng.int(-V_MAX, V_MAX);

/** A random tree of n nodes with values from `value` (see randomTree in problem-kit). */
const randomTreeOf = (rng: Rng, n: number, recent: number, value: (rng: Rng) => number = val): (number | null)[] =>
  n === 0 ? [] : encodeTree(randomTree(rng, Array.from({ length: n }, () => value(rng)), recent).root);

/** A single path of n nodes; `left(d)` says whether the node at depth d hangs to the left. */
const chain = (rng: Rng, n: number, left: (depth: number) => boolean): (number | null)[] =>
  encodeTree(chainTree(Array.from({ length: n }, () => val(rng)), left).root);

/** A "comb": a left spine of n/2 nodes, each with a right child. */
function comb(rng: Rng, n: number): (number | null)[] {
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
  slug: 'flatten-tree',
  section: 'binary-tree',
  title: { zh: '二叉树展开为链表', en: 'Flatten Binary Tree to Linked List' },
  difficulty: 'medium',
  tags: ['tree', 'binary-tree', 'linked-list', 'dfs'],
  leetcode: 114,
  entry: {
    kind: 'function',
    name: 'flatten',
    params: [{ name: 'root', type: 'TreeNode | null', codec: 'tree' }],
    returns: { type: 'void', codec: 'void' },
    observe: { param: 'root', codec: 'tree' },
  },
  rules: { reuseNodes: true },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 128 },
  input,
  samples: [{ input: [[1, 2, 5, 3, 4, null, 6]] }, { input: [[]] }, { input: [[0]] }],
  tests: [
    { name: 'empty tree', input: [[]] },
    { name: 'single node', input: [[-100]] },
    { name: 'one left child', input: [[1, 2]] },
    { name: 'one right child', input: [[1, null, 2]] },
    { name: 'already flat', input: [[1, null, 2, null, 3, null, 4]] },
    { name: 'left subtree only, branching', input: [[1, 2, null, 3, 4, 5, null, null, 6]] },
    { name: 'all values equal', input: [[7, 7, 7, 7, 7, 7, 7, null, 7, null, null, 7]] },
    { name: 'random small', seed: 1141, count: 5, make: (rng) => [randomTreeOf(rng, rng.int(2, 15), 0)] },
    { name: 'random medium', seed: 1142, count: 3, make: (rng) => [randomTreeOf(rng, rng.int(100, 1000), 0)] },
    { name: 'random with long paths', seed: 1143, count: 2, make: (rng) => [randomTreeOf(rng, rng.int(500, N_MAX), 0.9)] },
    { name: 'max random tree (2000 nodes)', seed: 1144, count: 2, make: (rng) => [randomTreeOf(rng, N_MAX, 0)] },
    { name: 'max tree, every value 0', seed: 1145, make: (rng) => [randomTreeOf(rng, N_MAX, 0.3, () => 0)] },
    { name: 'complete tree of 1023 nodes', seed: 1146, make: (rng) => [rng.ints(1023, -V_MAX, V_MAX)] },
    { name: 'complete tree of 2000 nodes', seed: 1147, make: (rng) => [rng.ints(N_MAX, -V_MAX, V_MAX)] },
    { name: 'left-only chain of 2000', seed: 1148, make: (rng) => [chain(rng, N_MAX, () => true)] },
    { name: 'right-only chain of 2000', seed: 1149, make: (rng) => [chain(rng, N_MAX, () => false)] },
    { name: 'zigzag chain of 2000', seed: 1150, make: (rng) => [chain(rng, N_MAX, (d) => d % 2 === 1)] },
    { name: 'comb: left spine, a right leaf at every level', seed: 1151, make: (rng) => [comb(rng, N_MAX - 1)] },
  ],
  complexity: { time: 'O(n)', space: 'O(1)' },
});
