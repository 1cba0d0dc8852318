/**
 * Intrinsics captured when the harness loads, before any user code runs. The user's code may rewrite
 * prototypes and globals afterwards; everything the harness relies on to report the truth (counters,
 * violations, node identity, output encoding) goes through these captured functions instead.
 */
const getOwnPropertyDescriptor_ = Object.getOwnPropertyDescriptor;
export const mapSizeGetter = getOwnPropertyDescriptor_(Map.prototype, 'size')!.get!;
const uncurry = <A extends unknown[], R>(f: (...args: A) => R) =>
  Function.prototype.call.bind(f) as unknown as (self: unknown, ...args: A) => R;

export const apply = Reflect.apply;
export const construct = Reflect.construct;
export const isArray = Array.isArray;
export const isView = ArrayBuffer.isView;
export const objectKeys = Object.keys;
export const getPrototypeOf = Object.getPrototypeOf;
export const setPrototypeOf = Object.setPrototypeOf;
export const defineProperty = Object.defineProperty;
export const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
export const ObjectProto = Object.prototype;
export const jsonStringify = JSON.stringify;
export const jsonParse = JSON.parse;
export const StringCtor = String;
export const MapCtor = Map;
export const WeakMapCtor = WeakMap;
export const ErrorCtor = Error;
export const mapGet = uncurry(Map.prototype.get) as (m: Map<unknown, unknown>, k: unknown) => unknown;
export const mapSet = uncurry(Map.prototype.set) as (m: Map<unknown, unknown>, k: unknown, v: unknown) => void;
export const mapForEach = uncurry(Map.prototype.forEach) as (m: Map<unknown, unknown>, f: (v: unknown, k: unknown) => void) => void;
export const mapSize = (m: Map<unknown, unknown>): number => apply(mapSizeGetter, m, []) as number;
export const mapHas = uncurry(Map.prototype.has) as (m: Map<unknown, unknown>, k: unknown) => boolean;
export const weakMapGet = uncurry(WeakMap.prototype.get) as (m: WeakMap<object, unknown>, k: object) => unknown;
export const weakMapSet = uncurry(WeakMap.prototype.set) as (m: WeakMap<object, unknown>, k: object, v: unknown) => void;
export const weakMapHas = uncurry(WeakMap.prototype.has) as (m: WeakMap<object, unknown>, k: object) => boolean;
export const arrayJoin = uncurry(Array.prototype.join) as (a: unknown[], sep: string) => string;
export const arraySlice = uncurry(Array.prototype.slice) as (a: ArrayLike<unknown>, start: number) => unknown[];
/** exec itself, not test: test looks `exec` up on the regex, where the user's code may have replaced it. */
export const regexpExec = uncurry(RegExp.prototype.exec) as (re: RegExp, s: string) => RegExpExecArray | null;
export const charCodeAt = uncurry(String.prototype.charCodeAt) as (s: string, i: number) => number;
export const stringSlice = uncurry(String.prototype.slice) as (s: string, a: number, b?: number) => string;
export const setSizeGetter = getOwnPropertyDescriptor(Set.prototype, 'size')!.get!;

/** An array whose index writes cannot be intercepted by setters planted on Array.prototype. */
export function safeArray<T>(): T[] {
  return setPrototypeOf([], null) as T[];
}

/** True when `f` called on `self` does not throw: a brand check that survives prototype tampering. */
export function hasBrand(getter: (this: unknown) => unknown, self: unknown): boolean {
  try {
    apply(getter, self, []);
    return true;
  } catch {
    return false;
  }
}
