/**
 * The warm type checker: one check at a time, each limited by its own CPU time, so that checks waiting
 * behind a slow one are not failed for the wait, and a type that spins the checker is a compile error
 * that costs only its own submission.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkerScript } from '../src/bundle.js';
import { TypeChecker } from '../src/compile/typecheck.js';

const input = (code: string) => ({ code, globals: '', signature: '(x: number) => number', entryName: 'f', entryShape: 'function f(x: number): number' });
const OK = 'function f(x: number): number { return x + 1; }';
const TYPE_ERROR = 'function f(x: number): number {\n  const s: string = x;\n  return x;\n}';
/** Template-literal inference over a union of 20,000 strings: seconds of checker CPU. */
const SPIN =
  'type D = 0|1|2|3|4|5|6|7|8|9; type U = `${D}${D}${D}${D}`; type V = `x${U}`;\n' +
  'type M<T> = T extends `${infer A}${infer B}` ? [A, B] : never; type R = M<U | V>;\n' +
  'declare const r: R; const y: [string, string] = r;\n' + OK;

let checker: TypeChecker;
beforeAll(async () => {
  checker = new TypeChecker(buildWorkerScript('compile/typecheck-worker.ts'), 1000);
  await checker.warm;
});
afterAll(async () => {
  await checker?.close();
});

describe('type checker', () => {
  it('accepts correct code and places a type error at the user\'s line', async () => {
    expect(await checker.check(input(OK))).toEqual([]);
    expect(await checker.check(input(TYPE_ERROR))).toEqual([{ line: 2, column: 9, message: "TS2322: Type 'number' is not assignable to type 'string'." }]);
  });

  it('fails a type that spins the checker, and not the checks queued behind it', async () => {
    const spin = checker.check(input(SPIN));
    const queued = Array.from({ length: 8 }, (_, i) => checker.check(input(i % 2 ? OK : TYPE_ERROR)));
    expect(await spin).toEqual([{ line: 1, column: 1, message: 'type checking took longer than 1 s: simplify the types' }]);
    const results = await Promise.all(queued);
    results.forEach((r, i) => expect(r.length, `check #${i}`).toBe(i % 2 ? 0 : 1));
    // The replaced thread goes on checking.
    expect(await checker.check(input(OK))).toEqual([]);
  });
});
