/**
 * Serialises what the user's code returned into capped JSON text, inside the isolate. Never
 * JSON.stringify on user objects (it would call user-defined toJSON methods) and never a structured
 * clone out of the isolate (crash surface, notes/sandbox.md §4.2): a string is the only thing that leaves.
 *
 * Non-finite numbers become {"$float": "NaN" | "Infinity" | "-Infinity"} so that the host can reject
 * NaN instead of seeing JSON's null; user keys starting with "$" get one more "$" so no tag is forged.
 */
import {
  arrayJoin, arraySlice, charCodeAt, getPrototypeOf, hasBrand, isArray, isView, jsonStringify, mapSizeGetter, ObjectProto, objectKeys,
  regexpExec, safeArray, setPrototypeOf, setSizeGetter, stringSlice,
} from './intrinsics.js';

export class EncodeError {
  constructor(readonly message: string, readonly overflow = false) {}
}

const MAX_DEPTH = 1000;

export interface Budget { left: number }

/**
 * Accumulates output text in flat chunks: appending millions of small strings one by one builds a
 * rope of cons-strings that costs several times the text in heap, so each ~16 KB chunk is flattened
 * (charCodeAt forces it) and kept, and the chunks are joined once at the end.
 */
export class Writer {
  private readonly parts = safeArray<string>();
  private cur = '';
  constructor(readonly budget: Budget) {}
  write(s: string): void {
    this.budget.left -= s.length;
    if (this.budget.left < 0) throw new EncodeError('output too large', true);
    this.cur += s;
    if (this.cur.length > 16_384) {
      charCodeAt(this.cur, 0);
      this.parts[this.parts.length] = this.cur;
      this.cur = '';
    }
  }
  text(): string {
    this.parts[this.parts.length] = this.cur;
    this.cur = '';
    return arrayJoin(this.parts, '');
  }
}

export function encodeNumber(n: number): string {
  if (n !== n) return '{"$float":"NaN"}';
  if (n === Infinity) return '{"$float":"Infinity"}';
  if (n === -Infinity) return '{"$float":"-Infinity"}';
  return '' + n;
}

/** Writes `v` as JSON into `w`. */
export function encodeValue(v: unknown, w: Writer, depth = 0): void {
  if (depth > MAX_DEPTH) throw new EncodeError(`the returned value is cyclic or nested deeper than ${MAX_DEPTH} levels`);
  switch (typeof v) {
    case 'undefined':
      return w.write('null');
    case 'boolean':
      return w.write(v ? 'true' : 'false');
    case 'number':
      return w.write(encodeNumber(v));
    case 'bigint':
      return w.write('{"$bigint":"' + v + '"}');
    case 'string':
      if (v.length > w.budget.left) throw new EncodeError('output too large', true);
      return w.write(jsonStringify(v));
    case 'symbol':
      throw new EncodeError('returned a Symbol');
    case 'function':
      throw new EncodeError('returned a function');
  }
  if (v === null) return w.write('null');
  if (isArray(v) || (isView(v) && !hasBrand(dataViewLength, v))) {
    const a = v as ArrayLike<unknown>;
    const n = a.length;
    if (n > 0 && n * 26 < w.budget.left) {
      const text = flatNumbers(a, n);
      if (text !== null) return w.write(text);
    }
    w.write('[');
    for (let i = 0; i < n; i++) {
      if (i > 0) w.write(',');
      encodeValue(a[i], w, depth + 1);
    }
    return w.write(']');
  }
  if (hasBrand(mapSizeGetter, v)) throw new EncodeError('returned a Map: return a plain array or object');
  if (hasBrand(setSizeGetter, v)) throw new EncodeError('returned a Set: return a plain array');
  const keys = objectKeys(v as object);
  if (keys.length === 0 && getPrototypeOf(v) !== ObjectProto && getPrototypeOf(v) !== null) {
    // A class instance with no own fields (a Date, a RegExp, a custom class): say so rather than "{}".
    throw new EncodeError('returned an object with no plain fields (a Date, RegExp or class instance?)');
  }
  w.write('{');
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const value = (v as Record<string, unknown>)[k];
    if (value === undefined || typeof value === 'function') continue;
    if (!first) w.write(',');
    first = false;
    w.write(jsonStringify(k.length > 0 && k[0] === '$' ? '$' + k : k) + ':');
    encodeValue(value, w, depth + 1);
  }
  w.write('}');
}

/** JSON text of a flat array of numbers: digits, signs, points, exponents and commas in brackets. */
const FLAT_NUMBERS = /^\[[0-9.eE+,-]*\]$/;

/**
 * `a` as JSON when it is a flat array of finite numbers, or null (then encodeValue goes element by
 * element). Native code does it several times faster than encodeValue in a fresh isolate's cold code
 * (10^5 integers: 2 ms against 44). It is safe: the copy has no prototype, so no toJSON of the user's
 * is found on it; and whatever the user's getters, proxy traps or toJSON did, text of nothing but
 * numbers between two brackets cannot carry a string, an object, a nested value or a forged tag (a NaN
 * or Infinity became "null", which fails too). Its length is bounded by the element count.
 */
function flatNumbers(a: ArrayLike<unknown>, n: number): string | null {
  if (typeof a[0] !== 'number' || typeof a[n - 1] !== 'number') return null;
  try {
    const text = jsonStringify(setPrototypeOf(arraySlice(a, 0), null));
    return typeof text === 'string' && regexpExec(FLAT_NUMBERS, text) !== null ? text : null;
  } catch {
    return null;
  }
}

/** `v` as JSON text within a budget of characters. */
export function encodeToText(v: unknown, budget: Budget): string {
  const w = new Writer(budget);
  encodeValue(v, w);
  return w.text();
}

const dataViewLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength')!.get!;

/** Formats console arguments: strings as they are, anything else as JSON, each capped. */
export function formatLogArgs(args: ArrayLike<unknown>): string {
  let line = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) line += ' ';
    const a = args[i];
    if (typeof a === 'string') line += a;
    else {
      try {
        line += encodeToText(a, { left: 10_000 });
      } catch (e) {
        line += e instanceof EncodeError && e.overflow ? '[value too large to print]' : '[unprintable value]';
      }
    }
  }
  return line;
}

export const sliceText = (s: string, n: number): string => (s.length > n ? stringSlice(s, 0, n) : s);
