/**
 * Inside the isolate: hands the solution a read-counting view of `nums` instead of the array itself. The
 * view is a Proxy over the real array, so it behaves like a number[] (indexing, length, Array.isArray,
 * iteration, every array method), but each read of an element counts. More than
 * 10·⌈log2(n + 1)⌉ + 20 element reads is a violation (Wrong Answer): any O(log n) search stays far below,
 * a linear scan (a loop, indexOf, includes, a copy, Math.min(...nums)) of a long array goes far above.
 * The view keeps answering after the budget is spent, so the violation, not a crash, decides the verdict.
 */
import { defineSandbox } from '@shousi/problem-kit/sandbox';

// Captured before the user's code runs: it may overwrite them afterwards.
const ProxyCtor = Proxy;
const NumberCtor = Number;
const isInteger = Number.isInteger;
const ceil = Math.ceil;
const log2 = Math.log2;
const StringCtor = String;

/** The most element reads an O(log n) search needs, with a wide margin (5 reads per halving is common). */
const budgetFor = (n: number): number => 10 * ceil(log2(n + 1)) + 20;

export default defineSandbox({
  prepare(args, ctx) {
    const nums = args[0] as number[];
    const budget = budgetFor(nums.length);
    let reads = 0;
    let reported = false;
    const view = new ProxyCtor(nums, {
      get(target, key) {
        // Element reads have integer keys ("0", "17", also "-1" for an out-of-range read); length and
        // method names are free.
        if (typeof key === 'string' && isInteger(NumberCtor(key))) {
          reads++;
          if (reads > budget && !reported) {
            reported = true;
            ctx.violation(
              `more than ${StringCtor(budget)} reads of nums elements for n = ${StringCtor(nums.length)}: an O(log n) search reads far fewer`,
            );
          }
        }
        return (target as unknown as Record<PropertyKey, unknown>)[key];
      },
    });
    return [view, args[1]];
  },
});
