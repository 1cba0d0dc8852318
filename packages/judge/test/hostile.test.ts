/**
 * Hostile code: every case must end in a verdict within its wall limit, and the pool must judge the
 * next (correct) submission normally. Verdicts listed as alternatives are the ones V8 may legitimately
 * reach first (a flood of microtasks may exhaust memory before the clock).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Judge, type Verdict } from '../src/index.js';
import type { LoadedProblem } from '@shousi/problem-kit';
import { EDIT_DISTANCE_AC, hostile, loadProblems } from './helpers.js';

let judge: Judge;
let problem: LoadedProblem;

beforeAll(async () => {
  judge = await Judge.create({ workers: 2 });
  problem = (await loadProblems('edit-distance')).get('edit-distance');
  await judge.hiddenTests(problem);
});
afterAll(() => judge?.close());

const cases: [name: string, code: string, verdicts: Verdict[], message?: RegExp][] = [
  // Endless loops
  ['plain endless loop', hostile('while (true) {}'), ['TLE']],
  ['endless loop in a microtask', hostile('Promise.resolve().then(() => { while (true) {} });'), ['TLE']],
  ['self-rescheduling promise chain', hostile('const f = (): any => Promise.resolve().then(f); f();'), ['TLE', 'MLE']],
  ['async function that spins after an await', hostile('(async () => { await null; while (true) {} })();'), ['TLE']],
  ['endless loop at the top level', `while (true) {}\n${EDIT_DISTANCE_AC}`, ['TLE']],
  // Memory bombs
  ['array bomb', hostile('const a: number[] = []; for (;;) a.push(a.length);'), ['MLE']],
  // Millions of small objects: the collector slows the loop down so much that the clock may come first.
  ['object bomb', hostile('const a: any[] = []; for (;;) a.push({ i: a.length, s: [a.length, a.length] });'), ['MLE', 'TLE']],
  ['string doubling bomb', hostile("let s = 'x'; while (true) s += s;"), ['MLE']],
  ['typed array bomb', hostile('const keep: any[] = []; while (true) keep.push(new Float64Array(1 << 23));'), ['MLE']],
  ['one huge typed array', hostile('const a = new Float64Array(2 ** 31); a[0] = 1;'), ['MLE', 'RE']],
  ['object keys growing forever', hostile('const o: any = {}; for (let i = 0; ; i++) o["k" + i] = i;'), ['MLE', 'TLE']],
  ['Map growing forever', hostile('const m = new Map(); for (let i = 0; ; i++) m.set(i, [i]);'), ['MLE', 'TLE']],
  ['WebAssembly memory', hostile('const m = new g.WebAssembly.Memory({ initial: 1 }); for (;;) m.grow(1000);'), ['RE'], /undefined/],
  ['10^9-element array filled (issue #137)', hostile('const a = new Array(1e9).fill(0); return a.length;'), ['MLE', 'TLE', 'RE']],
  // Recursion
  ['unbounded recursion', hostile('const f = (n: number): number => f(n + 1) + 1; f(0);'), ['RE'], /call stack/],
  // Output floods
  ['console flood', hostile("for (let i = 0; i < 200000; i++) console.log('x'.repeat(100));"), ['OLE']],
  ['endless console flood', hostile("for (;;) console.log('flood');"), ['TLE', 'OLE']],
  ['huge return value', hostile('return new Array(5e6).fill(123456789) as any;'), ['OLE']],
  ['cyclic return value', hostile('const a: any[] = []; a.push(a); return a as any;'), ['WA'], /cyclic/],
  ['a Map as the answer', hostile('return new Map([[1, 2]]) as any;'), ['WA'], /Map/],
  // Reaching for the host
  ['process', hostile('g.process.exit(0);'), ['RE'], /undefined/],
  ['require', hostile("g.require('fs').writeFileSync('/tmp/pwned', 'x');"), ['RE'], /require/],
  ['constructor chain to Function', hostile("const p = (function () {}).constructor('return process')(); p.exit(1);"), ['RE'], /process/],
  ['stack-trace hook', hostile("(Error as any).prepareStackTrace = (_e: any, s: any) => s.map((f: any) => f.getThis()); const s: any = new Error().stack; s[0].process.exit(1);"), ['RE']],
  ['the harness global', hostile('g.__shousi_harness.observe = () => "{}"; return 3;'), ['RE']],
  ['ivm and NativeModule', hostile("const m = g.ivm ?? g._ivm ?? g.NativeModule; new m.NativeModule('/lib/x.so');"), ['RE']],
  // Tampering with globals and prototypes to fake a pass
  ['JSON.stringify replaced', hostile("JSON.stringify = () => '3'; JSON.parse = () => 3;"), ['WA']],
  ['toJSON planted on prototypes', hostile("(Object.prototype as any).toJSON = () => 3; (Number.prototype as any).toJSON = () => 3;"), ['WA']],
  ['setters planted on Array.prototype indices', hostile("Object.defineProperty(Array.prototype, '0', { set() {}, get() { return 3; }, configurable: true });"), ['WA']],
  ['Map and WeakMap methods replaced', hostile('Map.prototype.has = () => true; Map.prototype.get = () => 0; WeakMap.prototype.get = () => undefined;'), ['WA']],
  ['Function.prototype.call and Reflect.apply replaced', hostile("Function.prototype.call = function () { return 3; } as any; Reflect.apply = () => 3;"), ['WA']],
  ['String and Number prototypes replaced', hostile("String.prototype.slice = () => '3'; Number.prototype.toString = () => '3';"), ['WA']],
  // Regular expressions and blocking
  ['catastrophic backtracking', hostile("/^(a+)+$/.test('a'.repeat(40) + 'b');"), ['TLE']],
  ['Atomics.wait', hostile('g.Atomics.wait(new Int32Array(new g.SharedArrayBuffer(4)), 0, 0);'), ['RE', 'TLE']],
  // Crash patterns that escape the isolate (notes/sandbox.md §4.2)
  ['split of a 2^27-character string (#202)', hostile("const s = 'ab'.repeat(2 ** 26 - 1); return s.split('').length;"), ['RE', 'MLE', 'TLE']],
  ['global regex replace over 3·10^7 characters', hostile("const s = 'a'.repeat(3e7); return s.replace(/a/g, 'bb').length;"), ['TLE', 'MLE', 'WA', 'RE']],
  ['JSON.parse of a huge array literal (#202)', hostile("const t = '[' + '1,'.repeat(6e7) + '1]'; return JSON.parse(t).length;"), ['MLE', 'RE', 'TLE']],
  ['resizable ArrayBuffer shrunk under a view', hostile('const b = new (ArrayBuffer as any)(64, { maxByteLength: 64 }); const v = new Uint8Array(b, 32, 32); b.resize(8); return v as any;'), ['WA', 'RE']],
  // Thrown non-Errors
  ['throw a number', hostile('throw 42;'), ['RE'], /42/],
  ['throw null', hostile('throw null;'), ['RE'], /null/],
  ['throw an object with a hostile getter', hostile("throw { get message(): string { while (true) {} } };"), ['RE', 'TLE']],
  ['throw a Symbol', hostile("throw Symbol('boom');"), ['RE']],
];

// Reaching the harness's own closures through stack inspection (a sloppy frame would expose its
// function, its receiver and its arguments) would let code call them, e.g. to wipe a recorded violation.
const STACK_THIEF = `
const stolen: unknown[] = [];
(Error as any).prepareStackTrace = (_e: unknown, frames: any[]) => {
  for (const f of frames) { const fn = f.getFunction(); if (fn) stolen.push(fn); const self = f.getThis(); if (self && self !== globalThis) stolen.push(self); }
  return '';
};
const peek = (): void => { void new Error().stack; };
// A sloppy getter called by the harness itself while it encodes the output.
const sloppyGetter = new Function('v', 'return function () { var c = arguments.callee.caller; if (c) globalThis.__stolen = c; return v; };');
function flatten(root: TreeNode | null): void {
  const g: any = globalThis;
  if (stolen.length > 0 || g.__stolen) throw new Error('stole ' + stolen.length + ' functions from the stack: ' + String(stolen[0] ?? g.__stolen).slice(0, 80));
  peek();
  let cur = root;
  while (cur) {
    if (cur.left) { let r = cur.left; while (r.right) r = r.right; r.right = cur.right; cur.right = cur.left; cur.left = null; }
    cur = cur.right;
  }
  if (root) Object.defineProperty(root, 'val', { get: sloppyGetter(root.val), enumerable: true });
}`;

describe('work deferred into the output still counts', () => {
  it('times out a solution that computes lazily inside a proxy the harness reads', async () => {
    const lazy = (await loadProblems('find-disappeared-numbers')).get('find-disappeared-numbers');
    // Slow work (simulated: 1.2 s, over the 500 ms limit) hidden in a Proxy's get trap: the timed
    // call itself returns at once.
    const code = `
function findDisappearedNumbers(nums: number[]): number[] {
  let cache: number[] | null = null;
  const compute = (): number[] => {
    const end = Date.now() + 1200;
    while (Date.now() < end) {}
    const seen = new Set(nums); const out: number[] = [];
    for (let i = 1; i <= nums.length; i++) if (!seen.has(i)) out.push(i);
    return out;
  };
  return new Proxy([], { get(_t, k) { cache ??= compute(); return (cache as any)[k]; } }) as number[];
}`;
    const r = await judge.submit(lazy, code);
    expect(r.verdict, r.failure?.message).toBe('TLE');
  });
});

describe('an array of numbers is written as what it holds', () => {
  const FIND = `const seen = new Set(nums); const out: number[] = [];
  for (let i = 1; i <= nums.length; i++) if (!seen.has(i)) out.push(i);`;
  it('ignores a toJSON planted on the array or on Array.prototype', async () => {
    const p = (await loadProblems('find-disappeared-numbers')).get('find-disappeared-numbers');
    const code = `function findDisappearedNumbers(nums: number[]): number[] {
  ${FIND}
  (Array.prototype as any).toJSON = () => [1];
  (out as any).toJSON = () => [];
  return out;
}`;
    const r = await judge.submit(p, code);
    expect(r.verdict, r.failure?.message).toBe('AC');
  });
  it('judges a proxy that answers numbers first and strings after by what it answers when written', async () => {
    const p = (await loadProblems('find-disappeared-numbers')).get('find-disappeared-numbers');
    const code = `function findDisappearedNumbers(nums: number[]): number[] {
  ${FIND}
  const reads = new Map<PropertyKey, number>();
  return new Proxy(out, { get(t, k) {
    const n = (reads.get(k) ?? 0) + 1; reads.set(k, n);
    return typeof k === 'string' && /^\\d+$/.test(k) && n > 1 ? 'x' : (t as any)[k];
  } });
}`;
    const r = await judge.submit(p, code);
    expect(r.verdict, r.failure?.message).toBe('WA');
    expect(r.failure!.message).toMatch(/got "x"/);
  });
});

describe('the harness cannot be reached from the stack', () => {
  it('hides its frames from CallSite.getFunction, getThis and fn.caller', async () => {
    const flatten = (await loadProblems('flatten-tree')).get('flatten-tree');
    const r = await judge.submit(flatten, STACK_THIEF);
    expect(r.verdict, r.failure?.message).toBe('AC');
  });
});

describe('hostile code ends in a verdict and the pool stays healthy', () => {
  it.each(cases)('%s', async (_name, code, verdicts, message) => {
    const r = await judge.submit(problem, code);
    expect(verdicts, `${r.verdict}: ${r.failure?.message ?? JSON.stringify(r.compileErrors)}`).toContain(r.verdict);
    if (message) expect(r.failure?.message).toMatch(message);
    const next = await judge.submit(problem, EDIT_DISTANCE_AC);
    expect(next.verdict).toBe('AC');
  });
});
