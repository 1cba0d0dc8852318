import { chainTree, defineProblem, encodeTree, levelOrderValues, randomTree, type Rng, TreeNode, type TreeShape } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 100_000;
const V_MAX = 1_000_000_000;

const value = z.number().int().min(-V_MAX).max(V_MAX);

const input = z
  .tuple([z.array(value.nullable()).max(2 * N_MAX + 1), value, value])
  .superRefine(([tree, p, q], ctx) => {
    const values = levelOrderValues(tree);
    if (typeof values === 'string') {
      ctx.addIssue({ code: 'custom', message: values, path: [0] });
      return;
    }
    if (values.length < 2 || values.length > N_MAX) {
      ctx.addIssue({ code: 'custom', message: `the tree must have 2 to ${N_MAX} nodes, got ${values.length}`, path: [0] });
    }
    const set = new Set(values);
    if (set.size !== values.length) ctx.addIssue({ code: 'custom', message: 'node values must be unique', path: [0] });
    if (!set.has(p)) ctx.addIssue({ code: 'custom', message: `no node has the value ${p}`, path: [1] });
    if (!set.has(q)) ctx.addIssue({ code: 'custom', message: `no node has the value ${q}`, path: [2] });
    if (p === q) ctx.addIssue({ code: 'custom', message: 'p and q must be different nodes', path: [2] });
  });

/** n distinct integers in [-V_MAX, V_MAX], in random order. */
function distinctValues(rng: Rng, n: number): number[] {
  const set = new Set<number>();
  while (set.size < n) set.add(rng.int(-V_MAX, V_MAX));
  return [...set];
}

type Shape = TreeShape;

/** A random tree of n nodes with distinct values (see randomTree in problem-kit). */
const randomTreeOf = (rng: Rng, n: number, recent: number): Shape => randomTree(rng, distinctValues(rng, n), recent);

/** A single path of n nodes with distinct values; `turn(d)` says whether the node at depth d hangs to the left. */
const chain = (rng: Rng, n: number, turn: (depth: number) => boolean): Shape => chainTree(distinctValues(rng, n), turn);

const pair = (s: Shape, a: number, b: number): [(number | null)[], number, number] => [encodeTree(s.root), s.nodes[a]!.val, s.nodes[b]!.val];

function randomPair(rng: Rng, s: Shape): [(number | null)[], number, number] {
  const a = rng.int(0, s.nodes.length - 1);
  let b = rng.int(0, s.nodes.length - 2);
  if (b >= a) b++;
  return pair(s, a, b);
}

/** A node and one of its proper ancestors, in random order. */
function ancestorPair(rng: Rng, s: Shape): [(number | null)[], number, number] {
  let low = rng.int(1, s.nodes.length - 1);
  for (let tries = 0; tries < 20; tries++) {
    const c = rng.int(1, s.nodes.length - 1);
    if (depth(s, c) > depth(s, low)) low = c;
  }
  let high = s.parent[low]!;
  const steps = rng.int(0, depth(s, low) - 1);
  for (let k = 0; k < steps; k++) high = s.parent[high]!;
  return rng.next() < 0.5 ? pair(s, low, high) : pair(s, high, low);
}

function depth(s: Shape, k: number): number {
  let d = 0;
  for (let at = k; s.parent[at]! >= 0; at = s.parent[at]!) d++;
  return d;
}

/** A complete tree of n nodes (level order without gaps) and two random nodes. */
function complete(rng: Rng, n: number): [(number | null)[], number, number] {
  const values = distinctValues(rng, n);
  const a = rng.int(0, n - 1);
  let b = rng.int(0, n - 2);
  if (b >= a) b++;
  return [values, values[a]!, values[b]!];
}

const EXAMPLE = [3, 5, 1, 6, 2, 0, 8, null, null, 7, 4];

export default defineProblem({
  slug: 'lowest-common-ancestor',
  section: 'binary-tree',
  title: { zh: '二叉树的最近公共祖先', en: 'Lowest Common Ancestor of a Binary Tree' },
  difficulty: 'medium',
  tags: ['tree', 'binary-tree', 'dfs', 'hash-table'],
  leetcode: 236,
  entry: {
    kind: 'function',
    name: 'lowestCommonAncestor',
    params: [
      { name: 'root', type: 'TreeNode | null', codec: 'tree' },
      { name: 'p', type: 'TreeNode | null', codec: { kind: 'tree-node', tree: 'root' } },
      { name: 'q', type: 'TreeNode | null', codec: { kind: 'tree-node', tree: 'root' } },
    ],
    returns: { type: 'TreeNode | null', codec: 'node' },
  },
  checker: { style: 'exact' },
  limits: { timeMs: 1000, memoryMb: 256 },
  input,
  samples: [{ input: [EXAMPLE, 5, 1] }, { input: [EXAMPLE, 5, 4] }, { input: [[1, 2], 1, 2] }],
  tests: [
    { name: 'two nodes, p is the right child of q', input: [[1, null, 2], 2, 1] },
    { name: 'p is an ancestor of q', input: [EXAMPLE, 5, 7] },
    { name: 'q is an ancestor of p', input: [EXAMPLE, 4, 3] },
    { name: 'siblings', input: [EXAMPLE, 6, 2] },
    { name: 'the root is the LCA of two deep leaves', input: [EXAMPLE, 7, 8] },
    { name: 'p in the left subtree, q deeper on the right', input: [[1, 2, 3, null, null, 4, 5, 6, null, null, 7], 2, 7] },
    { name: 'extreme values', input: [[0, -1_000_000_000, 1_000_000_000, null, 7], 7, 1_000_000_000] },
    { name: 'random small', seed: 2361, count: 5, make: (rng) => randomPair(rng, randomTreeOf(rng, rng.int(2, 15), 0)) },
    { name: 'random small, ancestor pair', seed: 2362, count: 3, make: (rng) => ancestorPair(rng, randomTreeOf(rng, rng.int(3, 20), 0.5)) },
    { name: 'random medium', seed: 2363, count: 3, make: (rng) => randomPair(rng, randomTreeOf(rng, rng.int(100, 3000), 0)) },
    { name: 'random medium, long paths', seed: 2364, count: 2, make: (rng) => randomPair(rng, randomTreeOf(rng, rng.int(1000, 5000), 0.9)) },
    { name: 'complete tree', seed: 2365, count: 2, make: (rng) => complete(rng, rng.pick([63, 1023, 65_535])) },
    { name: 'max random tree (1e5 nodes)', seed: 2366, count: 2, make: (rng) => randomPair(rng, randomTreeOf(rng, N_MAX, 0)) },
    { name: 'max tree with long paths, ancestor pair', seed: 2367, make: (rng) => ancestorPair(rng, randomTreeOf(rng, N_MAX, 0.97)) },
    { name: 'max complete tree (1e5 nodes)', seed: 2368, make: (rng) => complete(rng, N_MAX) },
    {
      name: 'left chain of 1e5, p the deepest leaf, q the root',
      seed: 2369,
      make: (rng) => pair(chain(rng, N_MAX, () => true), N_MAX - 1, 0),
    },
    {
      name: 'right chain of 1e5, both deep',
      seed: 2370,
      make: (rng) => pair(chain(rng, N_MAX, () => false), N_MAX - 2, 60_000),
    },
    {
      name: 'zigzag chain of 1e5, p the root, q the deepest leaf',
      seed: 2371,
      make: (rng) => pair(chain(rng, N_MAX, (d) => d % 2 === 1), 0, N_MAX - 1),
    },
    {
      name: 'long chain with a fork at the bottom',
      seed: 2372,
      make: (rng) => {
        const s = chain(rng, N_MAX - 1, () => true);
        const extra = new TreeNode(rng.int(-V_MAX, V_MAX));
        while (s.nodes.some((n) => n.val === extra.val)) extra.val = rng.int(-V_MAX, V_MAX);
        s.nodes[N_MAX - 3]!.right = extra;
        return [encodeTree(s.root), s.nodes[N_MAX - 2]!.val, extra.val];
      },
    },
  ],
  complexity: { time: 'O(n)', space: 'O(h)' },
});
