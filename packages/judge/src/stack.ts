/** Runtime error messages that point at the user's own line, through esbuild's source map. */
import { originalPositionFor, TraceMap, type SourceMapInput } from '@jridgewell/trace-mapping';

import type { ThrownError } from './harness/config.js';

export type { ThrownError };

/** "TypeError: x is undefined (line 7)": the first frame inside the user's code, mapped back to TypeScript. */
export function describeThrown(err: ThrownError, map: SourceMapInput | null): string {
  let text = err.name === 'Uncaught' ? `Uncaught ${err.message}` : `${err.name}: ${err.message}`;
  if (/Maximum call stack size exceeded/.test(err.message)) {
    text += ' (recursion too deep: the sandbox allows about 3·10^5 simple frames, enough for 10^5-deep trees; is a base case missing?)';
  }
  const frame = err.stack ? /solution\.js:(\d+):(\d+)/.exec(err.stack) : null;
  if (frame && map) {
    try {
      const pos = originalPositionFor(new TraceMap(map), { line: Number(frame[1]), column: Number(frame[2]) - 1 });
      if (pos.line !== null) text += ` (line ${pos.line})`;
    } catch {
      /* a malformed frame: keep the message without a line */
    }
  }
  return text;
}

/** Errors thrown inside the user's code that mean memory ran out rather than a bug. */
export const isOutOfMemory = (err: ThrownError): boolean =>
  /Array buffer allocation failed|Invalid string length|Invalid typed array length|Reached heap limit/.test(err.message);
