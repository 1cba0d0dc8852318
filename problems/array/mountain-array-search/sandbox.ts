/**
 * Inside the isolate: wraps the hidden array of each test in a MountainArray whose array and call
 * counter live in this closure, out of the user's reach. More than 100 `get` calls, or an index that is
 * not an integer in [0, length), is a violation (Wrong Answer); `get` keeps answering so that the
 * solution runs to its end and the violation, not a crash, decides the verdict.
 */
import { defineSandbox } from '@shousi/problem-kit/sandbox';

// Captured before the user's code runs: it may overwrite them afterwards.
const isInteger = Number.isInteger;
const freeze = Object.freeze;
const StringCtor = String;

/** LeetCode 1095: "Submissions making more than 100 calls to MountainArray.get will be judged Wrong Answer." */
const GET_BUDGET = 100;

export default defineSandbox({
  prepare(args, ctx) {
    const target = args[0];
    const values = args[1] as number[];
    const n = values.length;
    let calls = 0;
    let overBudget = false;
    const mountainArr = freeze({
      get(index: number): number {
        calls++;
        if (calls > GET_BUDGET && !overBudget) {
          overBudget = true;
          ctx.violation(`more than ${GET_BUDGET} calls to MountainArray.get`);
        }
        if (typeof index !== 'number' || !isInteger(index) || index < 0 || index >= n) {
          ctx.violation(
            typeof index === 'number'
              ? `MountainArray.get(${StringCtor(index)}): the index is not an integer in [0, ${n - 1}]`
              : `MountainArray.get was called with a ${typeof index}, not an index`,
          );
          return -1;
        }
        return values[index]!;
      },
      length(): number {
        return n;
      },
    });
    return [target, mountainArr];
  },
});
