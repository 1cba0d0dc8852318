/**
 * The built-in checkers, each a pure function of (output, expected) that returns null when the output is
 * accepted and a message saying where it differs otherwise. They compare parsed values, never text.
 */
import { isTag, show, type Wire, wireNumber } from './wire.js';

export type Mismatch = string | null;

const kind = (v: Wire): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Where a comparison failed and why. The path is put together on the way out of the recursion, only
 * for the one mismatch: building `[i]` for every element cost more than comparing 10^5 numbers.
 */
interface Miss { path: string; text: string }
const miss = (text: string): Miss => ({ path: '', text });
const inside = (step: string, m: Miss): Miss => ({ path: step + m.path, text: m.text });
const say = (m: Miss | null): Mismatch => (m ? `${m.path ? `at ${m.path}: ` : ''}${m.text}` : null);

/** Deep structural equality. Arrays in order; objects by their key sets. */
export function exact(output: Wire, expected: Wire): Mismatch {
  return say(exactMiss(output, expected));
}

function exactMiss(output: Wire, expected: Wire): Miss | null {
  if (isTag(expected, '$node') || isTag(output, '$node')) return sameNode(output, expected);
  if (Array.isArray(expected)) {
    if (!Array.isArray(output)) return miss(`expected an array, got ${kind(output)} ${show(output)}`);
    if (output.length !== expected.length) {
      return miss(`expected ${expected.length} element${expected.length === 1 ? '' : 's'}, got ${output.length}`);
    }
    for (let i = 0; i < expected.length; i++) {
      const a = output[i]!;
      const b = expected[i]!;
      if (a === b && typeof b !== 'object') continue;
      const m = exactMiss(a, b);
      if (m) return inside(`[${i}]`, m);
    }
    return null;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof output !== 'object' || output === null || Array.isArray(output)) {
      return miss(`expected ${show(expected)}, got ${show(output)}`);
    }
    for (const k of Object.keys(expected)) {
      if (!(k in output)) return miss(`missing field "${k}"`);
      const m = exactMiss(output[k]!, expected[k]!);
      if (m) return inside(`.${k}`, m);
    }
    for (const k of Object.keys(output)) if (!(k in expected)) return miss(`unexpected field "${k}"`);
    return null;
  }
  if (output !== expected) return miss(`expected ${show(expected)}, got ${show(output)}`);
  return null;
}

function sameNode(output: Wire, expected: Wire): Miss | null {
  const describe = (v: Wire): string => {
    if (v === null) return 'null';
    if (!isTag(v, '$node')) return show(v);
    return v.$node === -1 ? `a new node with val ${show(v.val)} (not one of the input's nodes)` : `node #${show(v.$node)} (val ${show(v.val)})`;
  };
  if (isTag(output, '$node') && isTag(expected, '$node') && output.$node === expected.$node && output.$node !== -1) return null;
  if (output === null && expected === null) return null;
  return miss(`expected ${describe(expected)}, got ${describe(output)}`);
}

/** A canonical text for sorting: key order and array order fixed `depth` levels down. */
function canonical(v: Wire, depth: number): Wire {
  if (Array.isArray(v)) {
    const items = v.map((x) => canonical(x, depth - 1));
    if (depth <= 0) return items;
    return items
      .map((x) => [JSON.stringify(x), x] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, x]) => x);
  }
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, Wire> = {};
    for (const k of Object.keys(v).sort()) out[k] = canonical(v[k]!, depth);
    return out;
  }
  return v;
}

/** Arrays as multisets, `depth` levels deep from the top (Infinity: every level). */
export function unordered(output: Wire, expected: Wire, depth = Infinity): Mismatch {
  const m = exact(canonical(output, depth), canonical(expected, depth));
  return m && `${m} (order does not matter${Number.isFinite(depth) ? ` in the outer ${depth} level${depth === 1 ? '' : 's'}` : ''}; compared after sorting)`;
}

/**
 * |a − b| ≤ atol + rtol·|b|, b the reference (numpy allclose). NaN is always rejected, even against NaN
 * (DMOJ's floats checker); ±Infinity must match exactly. Non-numbers compare exactly.
 */
export function float(output: Wire, expected: Wire, atol: number, rtol: number): Mismatch {
  return say(floatMiss(output, expected, atol, rtol));
}

function floatMiss(output: Wire, expected: Wire, atol: number, rtol: number): Miss | null {
  const b = wireNumber(expected);
  if (b !== undefined) {
    const a = wireNumber(output);
    if (a === undefined) return miss(`expected a number, got ${show(output)}`);
    if (Number.isNaN(a)) return miss('got NaN');
    if (Number.isNaN(b)) return miss('the expected value is NaN, which never matches');
    if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b ? null : miss(`expected ${b}, got ${a}`);
    const diff = Math.abs(a - b);
    if (diff <= atol + rtol * Math.abs(b)) return null;
    return miss(`expected ${b}, got ${a} (difference ${diff.toExponential(2)} exceeds ${atol} + ${rtol}·|expected|)`);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(output)) return miss(`expected an array, got ${show(output)}`);
    if (output.length !== expected.length) return miss(`expected ${expected.length} elements, got ${output.length}`);
    for (let i = 0; i < expected.length; i++) {
      const m = floatMiss(output[i]!, expected[i]!, atol, rtol);
      if (m) return inside(`[${i}]`, m);
    }
    return null;
  }
  if (typeof expected === 'object' && expected !== null && !isTag(expected, '$node')) {
    if (typeof output !== 'object' || output === null || Array.isArray(output)) return miss(`expected ${show(expected)}, got ${show(output)}`);
    for (const k of Object.keys(expected)) {
      if (!(k in output)) return miss(`missing field "${k}"`);
      const m = floatMiss(output[k]!, expected[k]!, atol, rtol);
      if (m) return inside(`.${k}`, m);
    }
    for (const k of Object.keys(output)) if (!(k in expected)) return miss(`unexpected field "${k}"`);
    return null;
  }
  return exactMiss(output, expected);
}
