import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  chainTree, createRng, decodeList, levelOrderValues, randomTree, decodeTree, encodeList, encodeTree, entrySignature, expandTests, InvalidInputError, ListNode,
  loadProblem, ProblemFormatError, TreeNode, validateInput,
} from '../src/index.js';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..', '..');
const TEMPLATE = join(ROOT, 'problems', '_template');

/** A copy of the template as problems/array/<slug>, with problem.ts edited by `edit`. */
function templateCopy(edit: (src: string) => string = (s) => s, slug = 'template'): string {
  // Inside the repository, so that the copy's imports resolve to this workspace's packages.
  mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
  const root = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'shousi-kit-'));
  const dir = join(root, 'array', slug);
  cpSync(TEMPLATE, dir, { recursive: true });
  const file = join(dir, 'problem.ts');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('codecs (LeetCode encoding)', () => {
  it('round-trips level-order trees with nulls and drops trailing nulls', () => {
    for (const arr of [[], [1], [1, null, 2, 3], [3, 5, 1, 6, 2, 0, 8, null, null, 7, 4], [1, 2, null, 3, null, 4]]) {
      expect(encodeTree(decodeTree(arr, (v) => new TreeNode(v)))).toEqual(arr);
    }
    expect(encodeTree(decodeTree([1, 2, 3, null, null, null, null], (v) => new TreeNode(v)))).toEqual([1, 2, 3]);
  });
  it('builds a list whose tail links back to pos, and refuses to encode a cycle', () => {
    const nodes: ListNode[] = [];
    const head = decodeList([3, 2, 0, -4], (v) => new ListNode(v), nodes, 1);
    expect(nodes[3]!.next).toBe(nodes[1]);
    expect(head).toBe(nodes[0]);
    expect(() => encodeList(head)).toThrow(/cycle/);
    expect(encodeList(decodeList([1, 2, 3], (v) => new ListNode(v)))).toEqual([1, 2, 3]);
  });
});

describe('tree helpers', () => {
  it('validates level-order arrays', () => {
    expect(levelOrderValues([3, 5, 1, null, 2])).toEqual([3, 5, 1, 2]);
    expect(levelOrderValues([])).toEqual([]);
    expect(levelOrderValues([null, 1])).toMatch(/null root/);
    expect(levelOrderValues([1, null, null, 2])).toMatch(/entry 3 has no parent/);
  });
  it('grows reproducible random trees and chains holding exactly the given values', () => {
    const values = Array.from({ length: 500 }, (_, i) => i);
    const a = randomTree(createRng(5), values, 0.5);
    expect(encodeTree(a.root)).toEqual(encodeTree(randomTree(createRng(5), values, 0.5).root));
    expect((levelOrderValues(encodeTree(a.root)) as number[]).sort((x, y) => x - y)).toEqual(values);
    expect(a.parent[0]).toBe(-1);
    const chain = chainTree([1, 2, 3], () => true);
    expect(encodeTree(chain.root)).toEqual([1, 2, null, 3]);
  });
});

describe('seeded RNG', () => {
  it('reproduces every value from its seed and differs between seeds', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('draws integers in range, roughly uniformly', () => {
    const rng = createRng(7);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[rng.int(0, 9)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });
});

describe('loading a problem', () => {
  it('loads the template and expands its tests the same way every time', async () => {
    const p = await loadProblem(templateCopy());
    expect(p.slug).toBe('template');
    expect(entrySignature(p.entry)).toBe('(nums: number[]) => number');
    const once = expandTests(p);
    expect(once).toHaveLength(20);
    expect(expandTests(p)).toEqual(once);
    for (const t of once) validateInput(p, t.input);
  });
  it('fails loudly with the file and the field at fault', async () => {
    const bad = templateCopy((s) => s.replace("difficulty: 'easy'", "difficulty: 'trivial'"));
    await expect(loadProblem(bad)).rejects.toThrow(ProblemFormatError);
    await expect(loadProblem(bad)).rejects.toThrow(/problem\.ts: difficulty: /);
    const unknownKey = templateCopy((s) => s.replace("difficulty: 'easy',", "difficulty: 'easy', dificulty: 'easy',"));
    await expect(loadProblem(unknownKey)).rejects.toThrow(/dificulty/);
    const wrongFolder = templateCopy(undefined, 'other-name');
    await expect(loadProblem(wrongFolder)).rejects.toThrow(/does not match the folder name/);
  });
  it('requires every wrong solution to carry its verdict', async () => {
    const dir = templateCopy();
    writeFileSync(join(dir, 'wrong', 'untagged.ts'), 'function sumArray(nums: number[]): number { return 1; }\n');
    await expect(loadProblem(dir)).rejects.toThrow(/untagged\.ts: needs a line "\/\/ @verdict X"/);
  });
  it('names the field of an invalid input', async () => {
    const p = await loadProblem(templateCopy());
    expect(() => validateInput(p, [[1, 2, 1e9]])).toThrow(InvalidInputError);
    expect(() => validateInput(p, [[1, 2, 1e9]])).toThrow(/^nums\.2: /);
    expect(() => validateInput(p, 'nope')).toThrow(InvalidInputError);
  });
});
