/**
 * Every judge feature, shown both accepting and rejecting, through real problems and real submissions
 * written the way people write them on LeetCode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, type LoadedProblem, type ProblemSet } from '@shousi/problem-kit';
import { Judge } from '../src/index.js';
import { EDIT_DISTANCE_AC, loadProblems } from './helpers.js';

let judge: Judge;
let set: ProblemSet;
const p = (slug: string): LoadedProblem => set.get(slug);

beforeAll(async () => {
  judge = await Judge.create({ workers: 2 });
  set = await loadProblems(
    'edit-distance', 'lowest-common-ancestor', 'flatten-tree', 'linked-list-cycle-entry', 'find-disappeared-numbers',
    'median-of-two-sorted-arrays', 'mountain-array-search', 'rand7-from-rand5', 'min-heap', 'array-to-balanced-bst',
    'climbing-stairs', 'kth-largest',
  );
});
afterAll(() => judge?.close());

describe('compile errors', () => {
  it('reports type errors at the user\'s own line and column', async () => {
    const code = 'function minDistance(word1: string, word2: string): number {\n  const n: number = word1.length;\n  const s: string = n;\n  return n;\n}\n';
    const r = await judge.submit(p('edit-distance'), code);
    expect(r.verdict).toBe('CE');
    expect(r.compileErrors).toEqual([{ line: 3, column: 9, message: "TS2322: Type 'number' is not assignable to type 'string'." }]);
  });
  it('reports syntax errors with their position', async () => {
    const r = await judge.submit(p('edit-distance'), 'function minDistance(a: string, b: string): number {\n  return (a.length;\n}\n');
    expect(r.verdict).toBe('CE');
    expect(r.compileErrors[0]!.line).toBe(2);
  });
  it('says plainly when the entry point is missing or of the wrong kind', async () => {
    const missing = await judge.submit(p('edit-distance'), 'function editDistance(a: string, b: string): number { return 0; }');
    expect(missing.verdict).toBe('CE');
    expect(missing.compileErrors[0]!.message).toMatch(/No entry point: define `function minDistance\(word1: string, word2: string\): number`/);
    const wrongKind = await judge.submit(p('edit-distance'), 'const minDistance = 42;');
    expect(wrongKind.verdict).toBe('CE');
    expect(wrongKind.compileErrors[0]!.message).toMatch(/minDistance must have the type \(word1: string, word2: string\) => number/);
  });
  it('refuses code over 64 KB before compiling it', async () => {
    const r = await judge.submit(p('edit-distance'), `${EDIT_DISTANCE_AC}\n// ${'x'.repeat(70_000)}\n`);
    expect(r.verdict).toBe('CE');
    expect(r.compileErrors[0]!.message).toMatch(/limit is 64 KB/);
  });
  it('accepts `export` before the entry point, and a solution\'s own TreeNode class', async () => {
    expect((await judge.submit(p('edit-distance'), `export ${EDIT_DISTANCE_AC.trim()}`)).verdict).toBe('AC');
    const ownTreeNode = `
/**
 * Definition for a binary tree node.
 */
class TreeNode {
    val: number
    left: TreeNode | null
    right: TreeNode | null
    constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {
        this.val = (val===undefined ? 0 : val)
        this.left = (left===undefined ? null : left)
        this.right = (right===undefined ? null : right)
    }
}

function lowestCommonAncestor(root: TreeNode | null, p: TreeNode | null, q: TreeNode | null): TreeNode | null {
    if (root === null || root === p || root === q) return root;
    const left = lowestCommonAncestor(root.left, p, q);
    const right = lowestCommonAncestor(root.right, p, q);
    if (left && right) return root;
    return left ?? right;
};`;
    const r = await judge.submit(p('lowest-common-ancestor'), ownTreeNode);
    expect(r.verdict, r.failure?.message).toBe('AC');
    const ownListNode = `
class ListNode {
    val: number
    next: ListNode | null
    constructor(val?: number, next?: ListNode | null) {
        this.val = (val===undefined ? 0 : val)
        this.next = (next===undefined ? null : next)
    }
}

export function detectCycle(head: ListNode | null): ListNode | null {
    const seen = new Set<ListNode>();
    for (let node = head; node !== null; node = node.next) {
        if (seen.has(node)) return node;
        seen.add(node);
    }
    return null;
};`;
    const l = await judge.submit(p('linked-list-cycle-entry'), ownListNode);
    expect(l.verdict, l.failure?.message).toBe('AC');
  });
});

describe('runtime errors and output', () => {
  it('points a runtime error at the user\'s line and keeps the console output', async () => {
    const code = 'function minDistance(word1: string, word2: string): number {\n  console.log("lengths", word1.length, word2.length);\n  const first = word1[0]!.toUpperCase();\n  return first.length;\n}\n';
    const r = await judge.submit(p('edit-distance'), code);
    expect(r.verdict).toBe('RE');
    expect(r.failure!.message).toMatch(/TypeError: .*\(line 3\)/);
    expect(r.failure!.stdout).toBe('lengths 0 0\n');
    expect(r.failure!.test).toBe(1);
  });
  it('runs the samples and custom inputs with the reference\'s expected output', async () => {
    const samples = await judge.run(p('edit-distance'), EDIT_DISTANCE_AC);
    expect(samples.verdict).toBe('AC');
    expect(samples.cases.map((c) => c.expected)).toEqual([3, 5]);
    const custom = await judge.run(p('edit-distance'), 'function minDistance(a: string, b: string): number { return a.length; }', [['abc', 'abd']]);
    expect(custom.verdict).toBe('WA');
    expect(custom.cases[0]).toMatchObject({ input: ['abc', 'abd'], output: 3, expected: 1, passed: false });
    await expect(judge.run(p('edit-distance'), EDIT_DISTANCE_AC, [['ABC', 'x']])).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe('identity (the very node of the input)', () => {
  it('accepts the node itself, including down a 10^5-deep chain with recursion', async () => {
    const r = await judge.submit(p('lowest-common-ancestor'), `
function lowestCommonAncestor(root: TreeNode | null, p: TreeNode | null, q: TreeNode | null): TreeNode | null {
  if (!root || root === p || root === q) return root;
  const l = lowestCommonAncestor(root.left, p, q), r = lowestCommonAncestor(root.right, p, q);
  return l && r ? root : l || r;
}`);
    expect(r.verdict, r.failure?.message).toBe('AC');
  });
  it('rejects a copy with the right value', async () => {
    const r = await judge.submit(p('lowest-common-ancestor'), `
function lowestCommonAncestor(root: TreeNode | null, p: TreeNode | null, q: TreeNode | null): TreeNode | null {
  const go = (n: TreeNode | null): TreeNode | null => {
    if (!n || n === p || n === q) return n;
    const l = go(n.left), r = go(n.right);
    return l && r ? n : l || r;
  };
  const found = go(root);
  return found && new TreeNode(found.val);
}`);
    expect(r.verdict).toBe('WA');
    expect(r.failure!.message).toMatch(/not one of the input's nodes/);
  });
  it('builds inputs from LeetCode encodings: the cycle from pos (given after the list), p and q from values', async () => {
    const cycle = await judge.run(p('linked-list-cycle-entry'), 'function detectCycle(head: ListNode | null): ListNode | null { return head; }', [[[3, 2, 0, -4], 1], [[1], -1]]);
    expect(cycle.cases.map((c) => c.expected)).toEqual([{ $node: 1, val: 2 }, null]);
    expect(cycle.cases[0]!.output).toEqual({ $node: 0, val: 3 });
    const lca = await judge.run(p('lowest-common-ancestor'), 'function lowestCommonAncestor(root: TreeNode | null, p: TreeNode | null, q: TreeNode | null): TreeNode | null { return p; }', [[[3, 5, 1, 6, 2, 0, 8, null, null, 7, 4], 5, 4]]);
    expect(lca.cases[0]).toMatchObject({ expected: { $node: 1, val: 5 }, output: { $node: 1, val: 5 }, passed: true });
  });
  it('accepts Floyd\'s cycle entry and rejects a solution that marks nodes by changing them', async () => {
    const floyd = `
function detectCycle(head: ListNode | null): ListNode | null {
  let slow = head, fast = head;
  while (fast && fast.next) {
    slow = slow.next; fast = fast.next.next;
    if (slow === fast) { let p = head; while (p !== slow) { p = p.next; slow = slow.next; } return p; }
  }
  return null;
}`;
    expect((await judge.submit(p('linked-list-cycle-entry'), floyd)).verdict).toBe('AC');
    const marking = `
function detectCycle(head: ListNode | null): ListNode | null {
  for (let n = head; n; n = n.next) { if (n.val === 1e9) return n; n.val = 1e9; }
  return null;
}`;
    const r = await judge.submit(p('linked-list-cycle-entry'), marking);
    expect(r.verdict).toBe('WA');
    expect(r.failure!.message).toMatch(/input was modified/);
  });
});

describe('in-place', () => {
  it('checks the mutated tree and that its nodes are the original ones', async () => {
    const inPlace = `
function flatten(root: TreeNode | null): void {
  let cur = root;
  while (cur) {
    if (cur.left) { let r = cur.left; while (r.right) r = r.right; r.right = cur.right; cur.right = cur.left; cur.left = null; }
    cur = cur.right;
  }
}`;
    expect((await judge.submit(p('flatten-tree'), inPlace)).verdict).toBe('AC');
    const copies = `
function flatten(root: TreeNode | null): void {
  if (!root) return;
  const vals: number[] = [];
  const pre = (n: TreeNode | null) => { if (!n) return; vals.push(n.val); pre(n.left); pre(n.right); };
  pre(root);
  root.left = null;
  let cur = root;
  for (const v of vals.slice(1)) { cur.right = new TreeNode(v); cur = cur.right; }
}`;
    const r = await judge.submit(p('flatten-tree'), copies);
    expect(r.verdict).toBe('WA');
    expect(r.failure!.message).toMatch(/not one of the input's nodes/);
  });
});

describe('unordered and float', () => {
  it('accepts any order of the missing numbers, and rejects a wrong set', async () => {
    const reversed = `
function findDisappearedNumbers(nums: number[]): number[] {
  const seen = new Set(nums); const out: number[] = [];
  for (let i = nums.length; i >= 1; i--) if (!seen.has(i)) out.push(i);
  return out;
}`;
    expect((await judge.submit(p('find-disappeared-numbers'), reversed)).verdict).toBe('AC');
    const offByOne = reversed.replace('i >= 1', 'i >= 2');
    expect((await judge.submit(p('find-disappeared-numbers'), offByOne)).verdict).toBe('WA');
  });
  it('accepts a median within tolerance and rejects integer division', async () => {
    const merge = `
function findMedianSortedArrays(nums1: number[], nums2: number[]): number {
  const a = [...nums1, ...nums2].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}`;
    expect((await judge.submit(p('median-of-two-sorted-arrays'), merge)).verdict).toBe('AC');
    const floored = merge.replace('(a[m - 1] + a[m]) / 2', 'Math.floor((a[m - 1] + a[m]) / 2)');
    expect((await judge.submit(p('median-of-two-sorted-arrays'), floored)).verdict).toBe('WA');
  });
});

describe('interactive, random and design', () => {
  it('enforces the MountainArray call budget', async () => {
    const linear = `
function findInMountainArray(target: number, mountainArr: MountainArray): number {
  for (let i = 0; i < mountainArr.length(); i++) if (mountainArr.get(i) === target) return i;
  return -1;
}`;
    const r = await judge.submit(p('mountain-array-search'), linear);
    expect(r.verdict).toBe('WA');
    expect(r.failure!.message).toMatch(/100/);
  });
  it('accepts rejection sampling and rejects a biased rand7', async () => {
    const rejection = `
function rand7(): number {
  while (true) { const x = rand5() * 5 + rand5(); if (x < 21) return x % 7; }
}`;
    const ok = await judge.submit(p('rand7-from-rand5'), rejection);
    expect(ok.verdict, ok.failure?.message).toBe('AC');
    const biased = 'function rand7(): number { return (rand5() + rand5()) % 7; }';
    expect((await judge.submit(p('rand7-from-rand5'), biased)).verdict).toBe('WA');
    const mathRandom = 'function rand7(): number { return Math.floor(Math.random() * 7); }';
    const r = await judge.submit(p('rand7-from-rand5'), mathRandom);
    expect(r.verdict).toBe('RE');
    expect(r.failure!.message).toMatch(/Math\.random/);
  });
  it('drives a design class and bans sort where the problem says so', async () => {
    const heap = `
class MinHeap {
  private a: number[] = [];
  size(): number { return this.a.length; }
  peek(): number { return this.a[0]; }
  push(x: number): void {
    const a = this.a; a.push(x); let i = a.length - 1;
    while (i > 0) { const p = (i - 1) >> 1; if (a[p] <= a[i]) break; [a[p], a[i]] = [a[i], a[p]]; i = p; }
  }
  pop(): number {
    const a = this.a; const top = a[0]; const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last; let i = 0;
      for (;;) { const l = 2 * i + 1, r = l + 1; let m = i;
        if (l < a.length && a[l] < a[m]) m = l; if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break; [a[m], a[i]] = [a[i], a[m]]; i = m; }
    }
    return top;
  }
}`;
    const ok = await judge.submit(p('min-heap'), heap);
    expect(ok.verdict, ok.failure?.message).toBe('AC');
    const sorting = `
class MinHeap {
  private a: number[] = [];
  push(x: number): void { this.a.push(x); this.a.sort((x, y) => x - y); }
  pop(): number { return this.a.shift()!; }
  peek(): number { return this.a[0]; }
  size(): number { return this.a.length; }
}`;
    const r = await judge.submit(p('min-heap'), sorting);
    expect(r.verdict).toBe('RE');
    expect(r.failure!.message).toMatch(/sort\(\) is not allowed/);
    const restore = `
const realSort = Array.prototype.sort;
class MinHeap {
  private a: number[] = [];
  push(x: number): void { Object.defineProperty(Array.prototype, 'sort', { value: realSort }); this.a.push(x); }
  pop(): number { return this.a.shift()!; }
  peek(): number { return this.a[0]; }
  size(): number { return this.a.length; }
}`;
    expect(['RE', 'WA']).toContain((await judge.submit(p('min-heap'), restore)).verdict);
  });
  it('checks a balanced BST with a validator and forbids sorting the input', async () => {
    const sorted = `
function buildBalancedBST(nums: number[]): TreeNode | null {
  const a = [...nums].sort((x, y) => x - y);
  const build = (l: number, r: number): TreeNode | null => l > r ? null : new TreeNode(a[(l + r) >> 1], build(l, ((l + r) >> 1) - 1), build(((l + r) >> 1) + 1, r));
  return build(0, a.length - 1);
}`;
    expect((await judge.submit(p('array-to-balanced-bst'), sorted)).verdict).toBe('RE');
    const mergeSort = sorted.replace('[...nums].sort((x, y) => x - y)', 'msort(nums)') + `
function msort(a: number[]): number[] {
  if (a.length < 2) return a.slice();
  const m = a.length >> 1, l = msort(a.slice(0, m)), r = msort(a.slice(m)), out: number[] = [];
  let i = 0, j = 0;
  while (i < l.length || j < r.length) out.push(j >= r.length || (i < l.length && l[i] <= r[j]) ? l[i++] : r[j++]);
  return out;
}`;
    const r = await judge.submit(p('array-to-balanced-bst'), mergeSort);
    expect(r.verdict, r.failure?.message).toBe('AC');
  });
});

describe('LeetCode\'s preloaded queues', () => {
  it('provides @datastructures-js priority queues, Queue and Deque as on LeetCode', async () => {
    const heapOfK = `
function findKthLargest(nums: number[], k: number): number {
  const q = new MinPriorityQueue<number>();
  for (const x of nums) { q.enqueue(x); if (q.size() > k) q.dequeue(); }
  const fifo = new Queue<number>([1]); fifo.enqueue(2);
  const both = new Deque<number>([2]); both.pushFront(1);
  const byField = new MaxPriorityQueue<{ v: number }>((o) => o.v).enqueue({ v: 1 }).enqueue({ v: 5 });
  const custom = PriorityQueue.fromArray([3, 1, 2], (a, b) => a - b);
  if (fifo.dequeue() !== 1 || both.popBack() !== 2 || byField.front()!.v !== 5 || custom.toArray().join() !== '1,2,3') return NaN;
  return q.front();
}`;
    const r = await judge.submit(p('kth-largest'), heapOfK);
    expect(r.verdict, r.failure?.message).toBe('AC');
  });
  it('withholds them where the problem asks for a hand-written heap', async () => {
    const wrapped = `
class MinHeap {
  private q = new MinPriorityQueue<number>();
  push(x: number): void { this.q.enqueue(x); }
  pop(): number { return this.q.dequeue(); }
  peek(): number { return this.q.front(); }
  size(): number { return this.q.size(); }
}`;
    const r = await judge.submit(p('min-heap'), wrapped);
    expect(r.verdict).toBe('RE');
    expect(r.failure!.message).toMatch(/MinPriorityQueue is not allowed in this problem/);
  });
});

describe('tests in batches (several small tests in one call into the isolate)', () => {
  const CLIMB = 'let a = 1, b = 1; for (let i = 2; i <= n; i++) [a, b] = [b, a + b]; return b;';
  /** The first hidden test from the fourth on whose n no earlier test has: the middle of a batch. */
  async function middleTest(): Promise<{ position: number; n: number }> {
    const tests = await judge.hiddenTests(p('climbing-stairs'));
    const ns = tests.map((t) => t.input[0] as number);
    const position = ns.findIndex((n, i) => i >= 3 && !ns.slice(0, i).includes(n));
    return { position, n: ns[position]! };
  }

  it('times out the very test that spins, after passing the ones before it', async () => {
    const { position, n } = await middleTest();
    const r = await judge.submit(p('climbing-stairs'), `function climbStairs(n: number): number { if (n === ${n}) for (;;) {} ${CLIMB} }`);
    expect(r.verdict).toBe('TLE');
    expect(r.failure!.test).toBe(position + 1);
    expect(r.passed).toBe(position);
  });
  it('names the test that ran out of memory, though the isolate\'s end loses the whole batch', async () => {
    const { position, n } = await middleTest();
    const bomb = 'const xs: number[][] = []; for (;;) xs.push(new Array(1e6).fill(1.5));';
    const r = await judge.submit(p('climbing-stairs'), `function climbStairs(n: number): number { if (n === ${n}) { ${bomb} } ${CLIMB} }`);
    expect(r.verdict, r.failure?.message).toBe('MLE');
    expect(r.failure!.test).toBe(position + 1);
    const next = await judge.submit(p('climbing-stairs'), `function climbStairs(n: number): number { ${CLIMB} }`);
    expect(next.verdict).toBe('AC');
  });
  it('times each test\'s own call: a slow test\'s time is not spread over its batch', async () => {
    const spin = 'const end = Date.now() + 30; while (Date.now() < end) {}';
    const r = await judge.run(p('climbing-stairs'), `function climbStairs(n: number): number { if (n === 2) { ${spin} } ${CLIMB} }`, [[1], [2], [3]]);
    expect(r.cases.map((c) => c.verdict)).toEqual(['AC', 'AC', 'AC']);
    expect(r.cases[1]!.runtimeMs).toBeGreaterThanOrEqual(29);
    expect(r.cases[1]!.runtimeMs).toBeGreaterThan(r.cases[0]!.runtimeMs + r.cases[2]!.runtimeMs);
  });
});

describe('known verdicts of real LeetCode-style solutions', () => {
  it.each([
    ['climbing-stairs', 'function climbStairs(n: number): number { let a = 1, b = 1; for (let i = 2; i <= n; i++) [a, b] = [b, a + b]; return b; }', 'AC'],
    ['climbing-stairs', 'function climbStairs(n: number): number { return n <= 2 ? n : climbStairs(n - 1) + climbStairs(n - 2); }', 'TLE'],
    ['kth-largest', 'function findKthLargest(nums: number[], k: number): number { return nums.sort((a, b) => b - a)[k - 1]; }', 'AC'],
    ['kth-largest', 'function findKthLargest(nums: number[], k: number): number { return nums.sort().reverse()[k - 1]; }', 'WA'],
  ] as const)('%s: %s → %s', async (slug, code, verdict) => {
    const r = await judge.submit(p(slug), code);
    expect(r.verdict, r.failure?.message).toBe(verdict);
  });
});
