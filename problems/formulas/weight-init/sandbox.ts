/**
 * Inside the isolate: injects the seeded uniform generator `rand` and summarises the returned matrix.
 *
 * A test input is `[kind, fanIn, fanOut, seed]`; `prepare` reseeds the generator with `seed` and passes,
 * in place of the seed, a function `rand()` returning floats in [0, 1) and counting its calls. `observe`
 * does not send the (up to 2^20) weights out of the isolate: it checks the shape and sends a summary that
 * the problem's validator judges statistically:
 * - `error`: why the output is not a fanOut × fanIn matrix of finite numbers (null when it is);
 * - `n`, `randCalls`: the number of weights and of calls to rand();
 * - `mean`, `variance` (population), `kurtosis` (m4 / m2²), `min`, `max`;
 * - `quantiles`: the sample quantiles (linear interpolation) at QUANTILE_LEVELS;
 * - `first`: the first few weights of row 0, for display.
 * Intrinsics are captured before the user's code runs; counters live in this module's closure.
 */
import { defineSandbox } from '@shousi/problem-kit/sandbox';

const isArray = Array.isArray;
const isFiniteNumber = Number.isFinite;
const Float64 = Float64Array;
const typedSort = (Object.getPrototypeOf(Float64Array.prototype) as { sort: (this: Float64Array) => Float64Array }).sort;
const apply = Reflect.apply;
const floor = Math.floor;
const StringCtor = String;

/** Must match QUANTILE_LEVELS in problem.ts. */
const QUANTILE_LEVELS = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];
const SHOWN = 5;

let calls = 0;

const describe = (v: unknown): string => (typeof v === 'number' ? StringCtor(v) : v === null ? 'null' : typeof v);

export default defineSandbox({
  prepare(args, ctx) {
    ctx.seed(args[3] as number);
    calls = 0;
    const rand = function rand(): number {
      calls++;
      return ctx.random();
    };
    return [args[0], args[1], args[2], rand];
  },

  observe(result, args) {
    const fanIn = args[1] as number;
    const fanOut = args[2] as number;
    const randCalls = calls;
    const fail = (error: string) => ({ error, randCalls });
    if (!isArray(result)) return fail(`initWeights returned ${describe(result)}, not an array of rows`);
    if (result.length !== fanOut) return fail(`the matrix has ${result.length} rows; it must have fanOut = ${fanOut} rows of fanIn = ${fanIn} weights`);
    const n = fanIn * fanOut;
    const values = new Float64(n);
    let k = 0;
    for (let r = 0; r < fanOut; r++) {
      const row: unknown = result[r];
      if (!isArray(row)) return fail(`row ${r} is ${describe(row)}, not an array`);
      if (row.length !== fanIn) return fail(`row ${r} has ${row.length} weights; every row must have fanIn = ${fanIn}`);
      for (let c = 0; c < fanIn; c++) {
        const v: unknown = row[c];
        if (typeof v !== 'number' || !isFiniteNumber(v)) return fail(`weight [${r}][${c}] is ${describe(v)}, not a finite number`);
        values[k++] = v;
      }
    }
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[i]!;
    const mean = sum / n;
    let m2 = 0;
    let m4 = 0;
    for (let i = 0; i < n; i++) {
      const d = values[i]! - mean;
      const d2 = d * d;
      m2 += d2;
      m4 += d2 * d2;
    }
    m2 /= n;
    m4 /= n;
    const first: number[] = [0, 0, 0, 0, 0];
    const shown = fanIn < SHOWN ? fanIn : SHOWN;
    for (let i = 0; i < shown; i++) first[i] = values[i]!;
    first.length = shown;
    apply(typedSort, values, []);
    const quantiles: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (let j = 0; j < QUANTILE_LEVELS.length; j++) {
      const h = QUANTILE_LEVELS[j]! * (n - 1);
      const lo = floor(h);
      const hi = lo + 1 < n ? lo + 1 : lo;
      quantiles[j] = values[lo]! + (h - lo) * (values[hi]! - values[lo]!);
    }
    return {
      error: null,
      n,
      randCalls,
      mean,
      variance: m2,
      kurtosis: m2 > 0 ? m4 / (m2 * m2) : null,
      min: values[0]!,
      max: values[n - 1]!,
      quantiles,
      first,
    };
  },
});
