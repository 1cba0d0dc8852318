import { type CheckContext, defineProblem, type Rng, type TreeArray, treeFromArray, type TreeNode } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 100_000;
const V_MAX = 1_000_000_000;

const input = z
  .tuple([z.array(z.number().int().min(-V_MAX).max(V_MAX)).max(N_MAX)])
  .superRefine(([nums], ctx) => {
    if (new Set(nums).size !== nums.length) ctx.addIssue({ code: 'custom', message: 'the integers must be distinct', path: [0] });
  });

/**
 * Accepts any binary search tree holding exactly the values of nums, whatever its shape: the node count
 * is n and the in-order traversal is strictly increasing and equal to the sorted input.
 */
function check({ input, output }: CheckContext): true | string {
  const nums = input[0] as number[];
  if (!Array.isArray(output)) return 'the answer must be a tree';
  for (let i = 0; i < output.length; i++) {
    const v: unknown = output[i];
    if (v !== null && !Number.isInteger(v)) return `entry ${i} of the level order is ${JSON.stringify(v)}, not an integer or null`;
  }
  const root = treeFromArray(output as TreeArray);
  if (!root) return nums.length === 0 ? true : `the tree is empty, but nums has ${nums.length} values`;
  if (nums.length === 0) return 'nums is empty, so the answer must be the empty tree (null)';

  // Count the nodes (level order, no recursion: a degenerate tree may be 1e5 deep).
  let count = 0;
  const queue: TreeNode[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    count++;
    if (node.left) queue.push(node.left);
    if (node.right) queue.push(node.right);
  }
  if (count !== nums.length) return `the tree has ${count} nodes, but nums has ${nums.length} values`;

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

const ascending = (rng: Rng, n: number, lo = -V_MAX, hi = V_MAX): number[] => distinct(rng, n, lo, hi).sort((a, b) => a - b);

export default defineProblem({
  slug: 'array-to-bst',
  section: 'binary-tree',
  title: { zh: '无序数组转二叉搜索树', en: 'Unsorted Array to Binary Search Tree' },
  difficulty: 'medium',
  tags: ['tree', 'binary-tree', 'bst', 'sorting', 'divide-and-conquer'],
  entry: {
    kind: 'function',
    name: 'arrayToBST',
    params: [{ name: 'nums', type: 'number[]' }],
    returns: { type: 'TreeNode | null', codec: 'tree' },
  },
  checker: { style: 'validator', check },
  limits: { timeMs: 2000, memoryMb: 256 },
  input,
  samples: [{ input: [[4, 1, 3, 2, 5]] }, { input: [[3, 1]] }, { input: [[]] }],
  tests: [
    { name: 'empty array', input: [[]] },
    { name: 'one value', input: [[0]] },
    { name: 'one extreme value', input: [[1_000_000_000]] },
    { name: 'two values, ascending', input: [[1, 2]] },
    { name: 'two values, descending', input: [[2, 1]] },
    { name: 'three values, zigzag', input: [[1, 3, 2]] },
    { name: 'negatives and mixed digit lengths (default sort breaks)', input: [[10, 9, -1, 100, -25, 3, 1000, -300, 2]] },
    { name: 'extreme values', input: [[1_000_000_000, -1_000_000_000, 0, 999_999_999, -999_999_999]] },
    { name: 'ascending 1..15', input: [Array.from({ length: 15 }, (_, i) => i + 1)] },
    { name: 'descending 16..1', input: [Array.from({ length: 16 }, (_, i) => 16 - i)] },
    { name: 'random small', seed: 4101, count: 5, make: (rng) => [distinct(rng, rng.int(4, 20), -50, 50)] },
    { name: 'random small, mixed digit lengths', seed: 4102, count: 2, make: (rng) => [distinct(rng, rng.int(20, 60), -2000, 2000)] },
    { name: 'random medium', seed: 4103, count: 3, make: (rng) => [distinct(rng, rng.int(1000, 5000))] },
    { name: 'medium, ascending', seed: 4104, make: (rng) => [ascending(rng, 3000)] },
    { name: 'max, ascending 1..1e5', input: [Array.from({ length: N_MAX }, (_, i) => i + 1)] },
    { name: 'max, descending random values', seed: 4105, make: (rng) => [ascending(rng, N_MAX).reverse()] },
    { name: 'max, random', seed: 4106, make: (rng) => [distinct(rng, N_MAX)] },
  ],
  complexity: { time: 'O(n log n)', space: 'O(n)' },
});
