import { chainTree, defineProblem, encodeTree, levelOrderValues, randomTree, type Rng, treeFromArray, TreeNode } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 100_000;
const V_MAX = 10_000;

type Tree = (number | null)[];

const tree = z
  .array(z.number().int().min(-V_MAX).max(V_MAX).nullable())
  .max(2 * N_MAX + 1)
  .superRefine((t, ctx) => {
    const values = levelOrderValues(t);
    if (typeof values === 'string') ctx.addIssue({ code: 'custom', message: values });
    else if (values.length > N_MAX) ctx.addIssue({ code: 'custom', message: `at most ${N_MAX} nodes, got ${values.length}` });
  });

const input = z.tuple([tree, tree]);

const val = (rng: Rng): number => rng.int(-V_MAX, V_MAX);
/** Small values keep the largest inputs compact; the shape is all that matters. */
const digit = (rng: Rng): number => rng.int(0, 9);

/** The same shape with fresh random values (so that comparing values, not shapes, goes wrong). */
const revalue = (rng: Rng, t: Tree, value: (rng: Rng) => number = val): Tree => t.map((v) => (v === null ? null : value(rng)));

/** A random tree of n nodes (see randomTree in problem-kit); `recent` grows long paths. */
const randomShape = (rng: Rng, n: number, recent = 0, value: (rng: Rng) => number = val) =>
  randomTree(rng, Array.from({ length: n }, () => value(rng)), recent);

/** The level order of a random node's subtree of `t`, with fresh values; `minSize` avoids tiny subtrees. */
function subtreeOf(rng: Rng, root: TreeNode, minSize: number, value: (rng: Rng) => number = val): Tree {
  const nodes = bfs(root);
  const sizes = new Map<TreeNode, number>();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    sizes.set(n, 1 + (n.left ? sizes.get(n.left)! : 0) + (n.right ? sizes.get(n.right)! : 0));
  }
  const big = nodes.filter((n) => sizes.get(n)! >= minSize);
  const pick = big.length > 0 ? rng.pick(big) : root;
  return revalue(rng, encodeTree(pick), value);
}

function bfs(root: TreeNode | null): TreeNode[] {
  const out: TreeNode[] = root ? [root] : [];
  for (let i = 0; i < out.length; i++) {
    const n = out[i]!;
    if (n.left) out.push(n.left);
    if (n.right) out.push(n.right);
  }
  return out;
}

/** Adds one leaf at a random free slot, or removes a random leaf: usually no longer a subtree of b. */
function perturb(rng: Rng, t: Tree): Tree {
  const root = treeFromArray(t)!;
  const nodes = bfs(root);
  const leaves = nodes.filter((n) => !n.left && !n.right);
  if (nodes.length > 1 && rng.next() < 0.5) {
    const leaf = rng.pick(leaves);
    const parent = nodes.find((n) => n.left === leaf || n.right === leaf)!;
    if (parent.left === leaf) parent.left = null;
    else parent.right = null;
  } else {
    const slots: [TreeNode, 'left' | 'right'][] = [];
    for (const n of nodes) {
      if (!n.left) slots.push([n, 'left']);
      if (!n.right) slots.push([n, 'right']);
    }
    const [at, side] = rng.pick(slots);
    at[side] = new TreeNode(val(rng));
  }
  return encodeTree(root);
}

/** A random tree b and a shape taken from it (true), or the same shape perturbed (usually false). */
function randomCase(rng: Rng, n: number, minSize: number, recent: number, perturbed: boolean): [Tree, Tree] {
  const b = randomShape(rng, n, recent);
  const a = subtreeOf(rng, b.root, minSize);
  return [perturbed ? perturb(rng, a) : a, encodeTree(b.root)];
}

/** A single path of n nodes; `left(d)` says whether the node at depth d hangs to the left. */
const chain = (rng: Rng, n: number, left: (depth: number) => boolean): TreeNode => chainTree(Array.from({ length: n }, () => digit(rng)), left).root;

/** The deepest node of a chain. */
function bottom(root: TreeNode): TreeNode {
  let at = root;
  while (at.left || at.right) at = (at.left ?? at.right)!;
  return at;
}

/** A perfect tree of the given height (2^h - 1 nodes) in level order. */
const perfect = (rng: Rng, h: number): Tree => Array.from({ length: 2 ** h - 1 }, () => digit(rng));

const EXAMPLE_B = [3, 4, 5, 1, 2];

export default defineProblem({
  slug: 'subtree-structure',
  section: 'binary-tree',
  title: { zh: '结构相同的子树', en: 'Subtree with the Same Structure' },
  difficulty: 'medium',
  tags: ['tree', 'binary-tree', 'dfs', 'hash-table', 'string'],
  entry: {
    kind: 'function',
    name: 'isSubtreeStructure',
    params: [
      { name: 'a', type: 'TreeNode | null', codec: 'tree' },
      { name: 'b', type: 'TreeNode | null', codec: 'tree' },
    ],
    returns: { type: 'boolean' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 2000, memoryMb: 256 },
  input,
  samples: [
    { input: [[7, 8, 9], EXAMPLE_B] },
    { input: [[4, 1, 2], [3, 4, 5, 1, 2, null, null, null, null, 0]] },
    { input: [[1, 2], [1, null, 2]] },
    { input: [[], [1]] },
  ],
  tests: [
    { name: 'both empty', input: [[], []] },
    { name: 'a empty, b not', input: [[], [5, 3]] },
    { name: 'b empty, a not', input: [[1], []] },
    { name: 'single nodes, different values', input: [[-10_000], [10_000]] },
    { name: 'a leaf is in every non-empty tree', input: [[0], [1, 2, 3, 4, 5, 6, 7]] },
    { name: 'same shape as b, other values', input: [[9, 9, 9, null, 9], [1, 2, 3, null, 4]] },
    { name: 'left child vs right child', input: [[1, 2], [1, null, 2]] },
    { name: 'right child vs left child, deeper', input: [[1, null, 2], [5, 6, 7, 8, null, 9]] },
    { name: 'the shape matches the top levels only (extra children below)', input: [[1, 2, 3], [1, 2, 3, 4]] },
    { name: 'matches the top levels only, deeper', input: [[1, 2, 3, 4, 5], [0, 1, 2, 3, 4, 5, 6, null, null, 7, 8, 9, 10, 11, 12]] },
    { name: 'a match deep on the right', input: [[0, 0, 0], [1, null, 2, 3, 4, null, null, 5, 6, null, null, 7, 8]] },
    { name: 'equal values, different structure', input: [[1, 1, 1, 1], [1, 1, 1, null, 1, 1, null, null, 1]] },
    { name: 'a larger than b', input: [[1, 2, 3, 4], [1, 2, 3]] },
    { name: 'random small, a taken from b', seed: 5721, count: 4, make: (rng) => randomCase(rng, rng.int(3, 15), 1, 0, false) },
    { name: 'random small, a perturbed', seed: 5722, count: 4, make: (rng) => randomCase(rng, rng.int(3, 15), 2, 0, true) },
    {
      name: 'random small shapes of 1-3 nodes',
      seed: 5723,
      count: 4,
      make: (rng) => [encodeTree(randomShape(rng, rng.int(1, 3)).root), encodeTree(randomShape(rng, rng.int(3, 9), 0.5).root)],
    },
    { name: 'random medium, a taken from b', seed: 5724, count: 2, make: (rng) => randomCase(rng, rng.int(500, 3000), 20, 0.3, false) },
    { name: 'random medium, a perturbed', seed: 5725, count: 2, make: (rng) => randomCase(rng, rng.int(500, 3000), 20, 0.3, true) },
    {
      name: 'max: left chain of 1e5, a = left chain of 5e4 with a right leaf at the bottom',
      seed: 5726,
      make: (rng) => {
        const a = chain(rng, N_MAX / 2, () => true);
        bottom(a).right = new TreeNode(digit(rng));
        return [encodeTree(a), encodeTree(chain(rng, N_MAX, () => true))];
      },
    },
    {
      name: 'max: left chain of 1e5, a = left chain of 5e4',
      seed: 5727,
      make: (rng) => [encodeTree(chain(rng, N_MAX / 2, () => true)), encodeTree(chain(rng, N_MAX, () => true))],
    },
    {
      name: 'max: zigzag chains, the phase differs by one',
      seed: 5728,
      make: (rng) => [encodeTree(chain(rng, 30_000, (d) => d % 2 === 0)), encodeTree(chain(rng, 70_000, (d) => d % 2 === 1))],
    },
    {
      name: 'max random tree, a large subtree of it',
      seed: 5729,
      make: (rng) => {
        const b = randomShape(rng, N_MAX, 0.5, digit);
        return [subtreeOf(rng, b.root, 5000, digit), encodeTree(b.root)];
      },
    },
    {
      name: 'perfect tree of height 16, a perfect tree of height 10 with one extra leaf',
      seed: 5730,
      make: (rng) => [perturb(rng, perfect(rng, 10)), perfect(rng, 16)],
    },
  ],
  complexity: { time: 'O(n + m)', space: 'O(n + m)' },
});
