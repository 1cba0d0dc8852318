/**
 * Inside the isolate: installs `rand5()` on the injected, seeded generator and drives the test.
 *
 * A test input is `[seed, draws]` (both hidden from the solution). `call` reseeds the generator with
 * `seed`, calls `rand7()` `draws` times and returns a summary that the checker judges statistically:
 * - `values[v]`: how many times v (0..6) came out;
 * - `pairs[a][b]`: how many times b followed a, counted circularly (the last value is followed by the
 *   first), so that `pairs` sums to `draws` and its row and column sums are exactly `values`;
 * - `rand5Calls`: calls to `rand5()` made while the draws were taken;
 * - `invalid`: results that are not an integer in [0, 6] (the first one is also a violation);
 * - `first`: the first ten results, for display.
 * Counters live in this module's closure; every array written here is created with all its indices,
 * so a setter planted on Array.prototype cannot intercept the writes.
 */
import { defineSandbox } from '@shousi/problem-kit/sandbox';

// Captured before the user's code runs: it may overwrite them afterwards.
const floor = Math.floor;
const isInteger = Number.isInteger;
const StringCtor = String;

/** Results kept for display in the summary. */
const SHOWN = 10;

let rand5Calls = 0;

export default defineSandbox({
  globals(ctx) {
    return {
      rand5: function rand5(): number {
        rand5Calls++;
        return floor(ctx.random() * 5);
      },
    };
  },

  call(entry, _args, ctx) {
    const seed = ctx.input[0] as number;
    const draws = ctx.input[1] as number;
    ctx.seed(seed);
    rand5Calls = 0;
    const values = [0, 0, 0, 0, 0, 0, 0];
    const pairs = [
      [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
    ];
    const first: (number | null)[] = [null, null, null, null, null, null, null, null, null, null];
    let invalid = 0;
    let head = -1;
    let prev = -1;
    for (let t = 0; t < draws; t++) {
      const v = entry();
      const ok = typeof v === 'number' && isInteger(v) && v >= 0 && v <= 6;
      if (t < SHOWN) first[t] = ok ? (v as number) : null;
      if (!ok) {
        invalid++;
        if (invalid === 1) {
          ctx.violation(
            `rand7() call #${t + 1} returned ${typeof v === 'number' ? StringCtor(v) : `a ${v === null ? 'null' : typeof v}`}, not an integer in [0, 6]`,
          );
        }
        prev = -1;
        continue;
      }
      const value = v as number;
      values[value]!++;
      if (t === 0) head = value;
      if (prev >= 0) pairs[prev]![value]!++;
      prev = value;
    }
    // Close the circle: the last value is followed by the first.
    if (invalid === 0 && draws > 0) pairs[prev]![head]!++;
    first.length = draws < SHOWN ? draws : SHOWN;
    return { draws, rand5Calls, invalid, values, pairs, first };
  },
});
