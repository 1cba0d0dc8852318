/** Helpers for tree problems: validating level-order inputs and generating tree shapes from a seed. */
import { TreeNode, type TreeArray } from './codecs.js';
import type { Rng } from './rng.js';

/**
 * Checks a LeetCode level-order array: every entry has a parent slot. Returns the non-null values in
 * level order, or a message saying what is wrong (for a zod refinement).
 */
export function levelOrderValues(tree: TreeArray): number[] | string {
  if (tree.length === 0) return [];
  if (tree[0] === null) return tree.length === 1 ? [] : 'a null root cannot have children';
  const values: number[] = [tree[0]!];
  for (let i = 1; i < tree.length; i++) {
    // Entry i is a child slot of the ((i - 1) >> 1)-th non-null node in level order.
    if ((i - 1) >> 1 >= values.length) return `entry ${i} has no parent node (too many values after the last level)`;
    const v = tree[i];
    if (v !== null && v !== undefined) values.push(v);
  }
  return values;
}

export interface TreeShape {
  root: TreeNode;
  /** Nodes in creation order; parent[k] is the index of node k's parent (-1 for the root). */
  nodes: TreeNode[];
  parent: number[];
}

/**
 * A random binary tree holding `values` (at least one) in creation order: every new node takes a free
 * child slot chosen uniformly, or with probability `recent` one of the newest node's slots, which
 * grows long paths.
 */
export function randomTree(rng: Rng, values: number[], recent = 0): TreeShape {
  const nodes = [new TreeNode(values[0]!)];
  const parent = [-1];
  const slots: [number, 'left' | 'right'][] = [[0, 'left'], [0, 'right']];
  for (let k = 1; k < values.length; k++) {
    const i = rng.next() < recent ? slots.length - 1 - rng.int(0, 1) : rng.int(0, slots.length - 1);
    const [at, side] = slots[i]!;
    slots[i] = slots[slots.length - 1]!;
    slots.pop();
    const node = new TreeNode(values[k]!);
    nodes[at]![side] = node;
    nodes.push(node);
    parent.push(at);
    slots.push([k, 'left'], [k, 'right']);
  }
  return { root: nodes[0]!, nodes, parent };
}

/** A single path through `values` (at least one); `left(depth)` says whether that node hangs to the left. */
export function chainTree(values: number[], left: (depth: number) => boolean): TreeShape {
  const nodes = [new TreeNode(values[0]!)];
  const parent = [-1];
  for (let k = 1; k < values.length; k++) {
    const node = new TreeNode(values[k]!);
    if (left(k)) nodes[k - 1]!.left = node;
    else nodes[k - 1]!.right = node;
    nodes.push(node);
    parent.push(k - 1);
  }
  return { root: nodes[0]!, nodes, parent };
}
