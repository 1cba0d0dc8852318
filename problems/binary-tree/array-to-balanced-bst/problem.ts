import { type CheckContext, defineProblem, type Rng, type TreeArray, treeFromArray, type TreeNode } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 100_000;
const V_MAX = 1_000_000_000;

const input = z
  .tuple([z.array(z.number().int().min(-V_MAX).max(V_MAX)).min(1).max(N_MAX)])
  .superRefine(([nums], ctx) => {
    if (new Set(nums).size !== nums.length) ctx.addIssue({ code: 'custom', message: 'the integers must be distinct', path: [0] });
  });

/**
 * Accepts any height-balanced binary search tree holding exactly the values of nums: the in-order
 * traversal is the sorted input and every node's subtrees differ in height by at most 1.
 */
function check({ input, output }: CheckContext): true | string {
  const nums = input[0] as number[];
  if (!Array.isArray(output)) return 'the answer must be a tree';
  for (let i = 0; i < output.length; i++) {
    const v: unknown = output[i];
    if (v !== null && !Number.isInteger(v)) return `entry ${i} of the level order is ${JSON.stringify(v)}, not an integer or null`;
  }
  const root = treeFromArray(output as TreeArray);
  if (!root) return `the tree is empty, but nums has ${nums.length} values`;

  // Level order: every node once, parents before children.
  const nodes: TreeNode[] = [root];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.left) nodes.push(node.left);
    if (node.right) nodes.push(node.right);
  }
  if (nodes.length !== nums.length) return `the tree has ${nodes.length} nodes, but nums has ${nums.length} values`;

  // In-order: strictly increasing (a BST of distinct values), then equal to the sorted input.
  const inorder: number[] = [];
  const stack: TreeNode[] = [];
  for (let at: TreeNode | null = root; at || stack.length > 0; ) {
    while (at) {
      stack.push(at);
      at = at.left;
    }
    const node = stack.pop()!;
    inorder.push(node.val);
    at = node.right;
  }
  for (let i = 1; i < inorder.length; i++) {
    if (inorder[i]! <= inorder[i - 1]!) {
      return `not a binary search tree: the in-order traversal visits ${inorder[i]} right after ${inorder[i - 1]}`;
    }
  }
  const sorted = Float64Array.from(nums).sort();
  for (let i = 0; i < inorder.length; i++) {
    if (inorder[i] !== sorted[i]) {
      return `the values differ from nums: the ${ordinal(i + 1)} smallest value of the tree is ${inorder[i]}, but that of nums is ${sorted[i]}`;
    }
  }

  // Heights bottom-up (children come after their parents in level order), then the balance condition.
  const height = new Map<TreeNode, number>();
  const h = (node: TreeNode | null): number => (node ? height.get(node)! : 0);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    height.set(node, 1 + Math.max(h(node.left), h(node.right)));
  }
  for (const node of nodes) {
    const hl = h(node.left);
    const hr = h(node.right);
    if (Math.abs(hl - hr) > 1) {
      return `not height-balanced: the node ${node.val} has a left subtree of height ${hl} and a right subtree of height ${hr}`;
    }
  }
  return true;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/** n distinct integers in [lo, hi], in random order. */
function distinct(rng: Rng, n: number, lo = -V_MAX, hi = V_MAX): number[] {
  const set = new Set<number>();
  while (set.size < n) set.add(rng.int(lo, hi));
  return [...set];
}

const ascending = (rng: Rng, n: number): number[] => distinct(rng, n).sort((a, b) => a - b);

export default defineProblem({
  slug: 'array-to-balanced-bst',
  section: 'binary-tree',
  title: { zh: '无序数组转平衡二叉搜索树', en: 'Unsorted Array to Balanced BST' },
  difficulty: 'hard',
  tags: ['tree', 'binary-tree', 'bst'],
  entry: {
    kind: 'function',
    name: 'buildBalancedBST',
    params: [{ name: 'nums', type: 'number[]' }],
    returns: { type: 'TreeNode | null', codec: 'tree' },
  },
  rules: { noSort: true },
  checker: { style: 'validator', check },
  limits: { timeMs: 1000, memoryMb: 256 },
  input,
  samples: [{ input: [[4, 1, 3, 2, 5]] }, { input: [[3, 1]] }, { input: [[7]] }],
  tests: [
    { name: 'one value', input: [[0]] },
    { name: 'one extreme value', input: [[-1_000_000_000]] },
    { name: 'two values, ascending', input: [[1, 2]] },
    { name: 'two values, descending', input: [[2, 1]] },
    { name: 'three values, ascending', input: [[1, 2, 3]] },
    { name: 'three values, descending', input: [[3, 2, 1]] },
    { name: 'three values, zigzag', input: [[1, 3, 2]] },
    { name: 'extreme values', input: [[1_000_000_000, -1_000_000_000, 0, 999_999_999, -999_999_999]] },
    { name: '7 = 2^3 - 1 values, ascending', input: [[1, 2, 3, 4, 5, 6, 7]] },
    { name: '8 = 2^3 values, shuffled', input: [[5, 8, 1, 7, 3, 2, 6, 4]] },
    { name: 'random small', seed: 3001, count: 5, make: (rng) => [distinct(rng, rng.int(4, 20), -50, 50)] },
    { name: 'random 2^k - 1 values', seed: 3002, count: 3, make: (rng) => [distinct(rng, 2 ** rng.int(4, 12) - 1)] },
    { name: 'random 2^k values', seed: 3003, count: 3, make: (rng) => [distinct(rng, 2 ** rng.int(4, 12))] },
    { name: 'random medium', seed: 3004, count: 3, make: (rng) => [distinct(rng, rng.int(1000, 5000))] },
    { name: '2^16 - 1 values, ascending', seed: 3005, make: (rng) => [ascending(rng, 2 ** 16 - 1)] },
    { name: 'max, ascending 1..1e5', input: [Array.from({ length: N_MAX }, (_, i) => i + 1)] },
    { name: 'max, ascending random values', seed: 3006, make: (rng) => [ascending(rng, N_MAX)] },
    { name: 'max, descending', seed: 3007, make: (rng) => [ascending(rng, N_MAX).reverse()] },
    {
      name: 'max, alternating small and large',
      seed: 3008,
      make: (rng) => {
        const s = ascending(rng, N_MAX);
        return [s.map((_, i) => (i % 2 === 0 ? s[i >> 1]! : s[N_MAX - 1 - (i >> 1)]!))];
      },
    },
    {
      name: 'max, nearly sorted (a few swaps)',
      seed: 3009,
      make: (rng) => {
        const s = ascending(rng, N_MAX);
        for (let k = 0; k < 100; k++) {
          const i = rng.int(0, N_MAX - 1);
          const j = rng.int(0, N_MAX - 1);
          [s[i], s[j]] = [s[j]!, s[i]!];
        }
        return [s];
      },
    },
    { name: 'max, random', seed: 3010, count: 2, make: (rng) => [distinct(rng, N_MAX)] },
  ],
  complexity: { time: 'O(n log n)', space: 'O(n)' },
});
