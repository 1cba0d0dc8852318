/**
 * Inside the isolate: drives a TopKCounter from the compact test input `[k, stream]`.
 *
 * `stream` is one string of tokens separated by single spaces: a word is `add(word)`, `?` is `top()`.
 * `prepare` splits it and makes equal tokens one string object (untimed); `call` constructs the counter with `k`, replays the tokens in order and
 * returns the results of the `top()` calls, each copied at once (a solution may return its internal
 * array and change it later). A test of 10^6 adds in LeetCode's one-array-per-operation format would
 * take about 13 MB of JSON; this form takes about 3.
 */
import { defineSandbox } from '@shousi/problem-kit/sandbox';

// Captured before the user's code runs: it may overwrite them afterwards.
const apply = Reflect.apply;
const construct = Reflect.construct;
const split = String.prototype.split;
const slice = Array.prototype.slice;
const isArray = Array.isArray;
const arrayFrom = Array.from;

let tokens: string[] = [];
let tops = 0;
const MapCtor = Map;
const mapGet = Map.prototype.get;
const mapSet = Map.prototype.set;

export default defineSandbox({
  prepare(_args, ctx) {
    tokens = apply(split, ctx.input[1] as string, [' ']) as string[];
    tops = 0;
    // Equal tokens become one string object (untimed), so that hashing a million fresh strings does not
    // dominate the timed replay: the time measured is the solution's own work.
    const canonical = new MapCtor<string, string>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token === '?') {
        tops++;
        continue;
      }
      const seen = apply(mapGet, canonical, [token]) as string | undefined;
      if (seen === undefined) apply(mapSet, canonical, [token, token]);
      else tokens[i] = seen;
    }
    return [];
  },

  call(entry, _args, ctx) {
    const counter = construct(entry as unknown as new (k: number) => Record<string, (...a: unknown[]) => unknown>, [ctx.input[0] as number]);
    // Created with every index (Array.from defines them), so no setter on Array.prototype sees the writes.
    const results = apply(arrayFrom, null, [{ length: tops }, () => null]) as unknown[];
    let t = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token === '?') {
        const r = counter.top!();
        results[t++] = isArray(r) ? apply(slice, r, []) : r;
      } else counter.add!(token);
    }
    return results;
  },
});
