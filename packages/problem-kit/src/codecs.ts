/**
 * LeetCode encodings of trees and lists, shared by the host (generators, validators, display) and the
 * harness inside the isolate (building the input structures). Pure: no imports, no globals, and node
 * construction is injected so each side uses its own TreeNode / ListNode class.
 *
 * - Binary tree: level order with `null` for a missing child; `[]` is the empty tree; trailing nulls
 *   are dropped on output (support.leetcode.com article 360011883654).
 * - Linked list: the plain array of values.
 */
export interface TreeLike { val: number; left: TreeLike | null; right: TreeLike | null }
export interface ListLike { val: number; next: ListLike | null }

export type TreeArray = (number | null)[];

/** Builds a tree from level order. `make` creates a node; `nodes` (optional) receives every node in level order. */
export function decodeTree<T extends TreeLike>(values: TreeArray, make: (val: number) => T, nodes?: T[]): T | null {
  if (values.length === 0 || values[0] === null || values[0] === undefined) return null;
  const root = make(values[0]);
  if (nodes) nodes[nodes.length] = root;
  // A null prototype: index writes cannot reach setters planted on Array.prototype.
  const queue = Object.setPrototypeOf([root], null) as T[];
  let head = 0;
  let i = 1;
  while (head < queue.length && i < values.length) {
    const node = queue[head++]!;
    const l = values[i++];
    if (l !== null && l !== undefined) {
      const child = make(l);
      node.left = child;
      queue[queue.length] = child;
      if (nodes) nodes[nodes.length] = child;
    }
    if (i >= values.length) break;
    const r = values[i++];
    if (r !== null && r !== undefined) {
      const child = make(r);
      node.right = child;
      queue[queue.length] = child;
      if (nodes) nodes[nodes.length] = child;
    }
  }
  return root;
}

/** Level order of a tree, trailing nulls dropped. Throws on a cycle or a shared node. */
export function encodeTree(root: TreeLike | null): TreeArray {
  const out: TreeArray = [];
  if (!root) return out;
  const seen = new Set<TreeLike>();
  const queue: (TreeLike | null)[] = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node === null) { out.push(null); continue; }
    if (seen.has(node)) throw new Error('the tree contains a cycle or a shared node');
    seen.add(node);
    out.push(node.val);
    queue.push(node.left ?? null, node.right ?? null);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** Builds a list; with `pos` ≥ 0 the tail links back to the node at that index (LeetCode 141/142). */
export function decodeList<T extends ListLike>(values: number[], make: (val: number) => T, nodes?: T[], pos = -1): T | null {
  let head: T | null = null;
  let tail: T | null = null;
  const all: T[] = nodes ?? (Object.setPrototypeOf([], null) as T[]);
  for (let i = 0; i < values.length; i++) {
    const node = make(values[i]!);
    all[all.length] = node;
    if (tail) tail.next = node; else head = node;
    tail = node;
  }
  if (tail && pos >= 0 && pos < all.length) tail.next = all[pos]!;
  return head;
}

/** Values of a list. Throws on a cycle. */
export function encodeList(head: ListLike | null): number[] {
  const out: number[] = [];
  const seen = new Set<ListLike>();
  for (let node = head; node; node = node.next) {
    if (seen.has(node)) throw new Error('the list contains a cycle');
    seen.add(node);
    out.push(node.val);
  }
  return out;
}

/**
 * LeetCode's node classes: the harness installs them in the isolate, validators use them on the host.
 * The fields are declared, so they are defined on each node (not assigned): a setter the user's code
 * planted on Object.prototype never runs while the harness builds an input.
 */
export class TreeNode implements TreeLike {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val = 0, left: TreeNode | null = null, right: TreeNode | null = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}
export class ListNode implements ListLike {
  val: number;
  next: ListNode | null;
  constructor(val = 0, next: ListNode | null = null) {
    this.val = val;
    this.next = next;
  }
}

export const treeFromArray = (values: TreeArray): TreeNode | null => decodeTree(values, (v) => new TreeNode(v));
export const listFromArray = (values: number[]): ListNode | null => decodeList(values, (v) => new ListNode(v));
