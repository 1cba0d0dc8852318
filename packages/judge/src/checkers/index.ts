/** One place where a problem's checker spec becomes a function, and where its result is normalised. */
import type { Checker } from '@shousi/problem-kit';
import { exact, float, type Mismatch, unordered } from './compare.js';
import { fromWire, type Wire } from './wire.js';

export type CheckOutput = (input: unknown[], output: Wire, expected: Wire) => Mismatch;

export function makeChecker(spec: Checker): CheckOutput {
  switch (spec.style) {
    case 'exact':
      return (_i, o, e) => exact(o, e);
    case 'unordered':
      return (_i, o, e) => unordered(o, e, spec.depth ?? Infinity);
    case 'float':
      return (_i, o, e) => float(o, e, spec.atol, spec.rtol);
    case 'validator':
      return (input, o, e) => {
        let verdict: boolean | string;
        try {
          verdict = spec.check({ input, output: fromWire(o), expected: fromWire(e) });
        } catch (err) {
          // The output broke an assumption of the checker (wrong shape): the answer is wrong.
          return `the output is malformed: ${(err as Error).message}`;
        }
        if (verdict === true) return null;
        return typeof verdict === 'string' && verdict ? verdict : 'the output is not a valid answer';
      };
  }
}

export { exact, float, unordered } from './compare.js';
export { fromWire, show, type Wire } from './wire.js';
