import { describe, expect, it } from 'vitest';
import { exact, float, makeChecker, unordered } from '../src/checkers/index.js';

describe('exact', () => {
  it('accepts equal structures and rejects the first difference with its path', () => {
    expect(exact([1, [2, 3], { a: 'x' }], [1, [2, 3], { a: 'x' }])).toBeNull();
    expect(exact([1, [2, 4]], [1, [2, 3]])).toBe('at [1][1]: expected 3, got 4');
    expect(exact([1, 2], [1, 2, 3])).toBe('expected 3 elements, got 2');
    expect(exact({ a: 1, b: 2 }, { a: 1 })).toBe('unexpected field "b"');
    expect(exact({ a: 1 }, { a: 1, b: 2 })).toBe('missing field "b"');
  });
  it('does not confuse types', () => {
    expect(exact('1', 1)).not.toBeNull();
    expect(exact(1, '1')).not.toBeNull();
    expect(exact(null, 0)).not.toBeNull();
    expect(exact([], {})).not.toBeNull();
    expect(exact({}, [])).not.toBeNull();
    expect(exact(true, 1)).not.toBeNull();
  });
  it('compares nodes by identity, not by value', () => {
    expect(exact({ $node: 3, val: 5 }, { $node: 3, val: 5 })).toBeNull();
    expect(exact({ $node: 4, val: 5 }, { $node: 3, val: 5 })).toMatch(/expected node #3 \(val 5\), got node #4/);
    expect(exact({ $node: -1, val: 5 }, { $node: 3, val: 5 })).toMatch(/not one of the input's nodes/);
    expect(exact(null, { $node: 3, val: 5 })).not.toBeNull();
    expect(exact({ $node: 3, val: 5 }, null)).not.toBeNull();
    expect(exact(null, null)).toBeNull();
  });
});

describe('unordered', () => {
  it('accepts any order at every level by default', () => {
    expect(unordered([[2, 1], [4, 3]], [[3, 4], [1, 2]])).toBeNull();
    expect(unordered(['b', 'a'], ['a', 'b'])).toBeNull();
  });
  it('keeps inner order below the given depth', () => {
    expect(unordered([[2, 1], [3, 4]], [[3, 4], [1, 2]], 1)).not.toBeNull();
    expect(unordered([[1, 2], [3, 4]], [[3, 4], [1, 2]], 1)).toBeNull();
  });
  it('counts duplicates (multisets, not sets)', () => {
    expect(unordered([1, 1, 2], [1, 2, 2])).not.toBeNull();
    expect(unordered([1, 2], [1, 2, 2])).not.toBeNull();
    expect(unordered([2, 1, 2], [1, 2, 2])).toBeNull();
  });
  it('rejects both ways round', () => {
    expect(unordered([1, 3], [1, 2])).not.toBeNull();
    expect(unordered([1, 2], [1, 3])).not.toBeNull();
  });
});

describe('float', () => {
  const nan = { $float: 'NaN' };
  it('accepts within atol + rtol·|expected|', () => {
    expect(float(1.0000005, 1, 1e-6, 0)).toBeNull();
    expect(float(1000.0005, 1000, 0, 1e-6)).toBeNull();
    expect(float([[0.1 + 0.2]], [[0.3]], 1e-9, 0)).toBeNull();
  });
  it('rejects outside the tolerance, using both parts', () => {
    expect(float(1.00001, 1, 1e-6, 0)).toMatch(/exceeds/);
    expect(float(1000.01, 1000, 1e-6, 1e-6)).toMatch(/exceeds/);
  });
  it('is asymmetric like numpy.allclose: the tolerance scales with the expected value', () => {
    expect(float(1, 2, 0, 0.5)).toBeNull();
    expect(float(2, 1, 0, 0.5)).not.toBeNull();
  });
  it('always rejects NaN, even against NaN', () => {
    expect(float(nan, 1, 1, 1)).toBe('got NaN');
    expect(float(nan, nan, 1, 1)).not.toBeNull();
    expect(float(1, nan, 1, 1)).not.toBeNull();
  });
  it('compares infinities exactly and shapes first', () => {
    expect(float({ $float: 'Infinity' }, { $float: 'Infinity' }, 1e-6, 1e-6)).toBeNull();
    expect(float({ $float: '-Infinity' }, { $float: 'Infinity' }, 1e-6, 1e-6)).not.toBeNull();
    expect(float(1e308, { $float: 'Infinity' }, 1e-6, 1e-6)).not.toBeNull();
    expect(float([1, 2], [1, 2, 3], 1, 1)).toMatch(/3 elements/);
    expect(float('1', 1, 1, 1)).toMatch(/expected a number/);
    expect(float({ y: [1.0000001] }, { y: [1] }, 1e-6, 0)).toBeNull();
  });
});

describe('validator', () => {
  const check = makeChecker({
    style: 'validator',
    check: ({ input, output }) => (Array.isArray(output) && output.length === (input[0] as number) ? true : `want ${input[0]} items`),
  });
  it('accepts what the problem accepts and passes its message on', () => {
    expect(check([2], [7, 8], null)).toBeNull();
    expect(check([2], [7], null)).toBe('want 2 items');
  });
  it('turns a checker crash on malformed output into a wrong answer', () => {
    const strict = makeChecker({ style: 'validator', check: ({ output }) => (output as number[]).every((x) => x > 0) });
    expect(strict([], 5, null)).toMatch(/malformed/);
    expect(strict([], [1, -1], null)).toBe('the output is not a valid answer');
  });
  it('restores NaN and escaped keys before the problem sees them', () => {
    const seen: unknown[] = [];
    const spy = makeChecker({ style: 'validator', check: ({ output }) => (seen.push(output), true) });
    spy([], { $float: 'NaN' }, null);
    spy([], { $$x: 1 }, null);
    expect(Number.isNaN(seen[0])).toBe(true);
    expect(seen[1]).toEqual({ $x: 1 });
  });
});
