/**
 * Serialises what the user's code returned into capped JSON text, inside the isolate. Never
 * JSON.stringify on user objects (it would call user-defined toJSON methods) and never a structured
 * clone out of the isolate (crash surface, notes/sandbox.md §4.2): a string is the only thing that leaves.
 *
 * Non-finite numbers become {"$float": "NaN" | "Infinity" | "-Infinity"} so that the host can reject
 * NaN instead of seeing JSON's null; user keys starting with "$" get one more "$" so no tag is forged.
 */
import {
  apply, getPrototypeOf, hasBrand, isArray, isView, jsonStringify, mapSizeGetter, ObjectProto, objectKeys,
  setSizeGetter, stringSlice,
} from './intrinsics.js';

export class EncodeError {
  constructor(readonly message: string, readonly overflow = false) {}
}

const MAX_DEPTH = 1000;

export interface Budget { left: number }

export function encodeNumber(n: number): string {
  if (n !== n) return '{"$float":"NaN"}';
  if (n === Infinity) return '{"$float":"Infinity"}';
  if (n === -Infinity) return '{"$float":"-Infinity"}';
  return '' + n;
}

function spend(budget: Budget, text: string): string {
  budget.left -= text.length;
  if (budget.left < 0) throw new EncodeError('output too large', true);
  return text;
}

export function encodeValue(v: unknown, budget: Budget, depth = 0): string {
  if (depth > MAX_DEPTH) throw new EncodeError(`the returned value is cyclic or nested deeper than ${MAX_DEPTH} levels`);
  switch (typeof v) {
    case 'undefined':
      return spend(budget, 'null');
    case 'boolean':
      return spend(budget, v ? 'true' : 'false');
    case 'number':
      return spend(budget, encodeNumber(v));
    case 'bigint':
      return spend(budget, '{"$bigint":"' + v + '"}');
    case 'string':
      if (v.length > budget.left) throw new EncodeError('output too large', true);
      return spend(budget, jsonStringify(v));
    case 'symbol':
      throw new EncodeError('returned a Symbol');
    case 'function':
      throw new EncodeError('returned a function');
  }
  if (v === null) return spend(budget, 'null');
  if (isArray(v) || (isView(v) && !hasBrand(dataViewLength, v))) {
    const a = v as ArrayLike<unknown>;
    const n = a.length;
    let out = spend(budget, '[');
    for (let i = 0; i < n; i++) {
      if (i > 0) out += spend(budget, ',');
      out += encodeValue(a[i], budget, depth + 1);
    }
    return out + spend(budget, ']');
  }
  if (hasBrand(mapSizeGetter, v)) throw new EncodeError('returned a Map: return a plain array or object');
  if (hasBrand(setSizeGetter, v)) throw new EncodeError('returned a Set: return a plain array');
  const proto = getPrototypeOf(v);
  const keys = objectKeys(v as object);
  let out = spend(budget, '{');
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const value = (v as Record<string, unknown>)[k];
    if (value === undefined || typeof value === 'function') continue;
    if (out.length > 1) out += spend(budget, ',');
    const key = k.length > 0 && k[0] === '$' ? '$' + k : k;
    out += spend(budget, jsonStringify(key) + ':') + encodeValue(value, budget, depth + 1);
  }
  if (proto !== ObjectProto && proto !== null && keys.length === 0) {
    // A class instance with no own fields (a Date, a RegExp, a custom class): say so rather than "{}".
    throw new EncodeError('returned an object with no plain fields (a Date, RegExp or class instance?)');
  }
  return out + spend(budget, '}');
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
        line += encodeValue(a, { left: 10_000 });
      } catch (e) {
        line += e instanceof EncodeError && e.overflow ? '[value too large to print]' : '[unprintable value]';
      }
    }
  }
  return line;
}

export const sliceText = (s: string, n: number): string => (s.length > n ? stringSlice(s, 0, n) : s);
export { apply };
