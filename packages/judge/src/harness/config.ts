/** What the host tells the harness about a problem: plain JSON, shared by both sides. */
import type { Entry, Rules } from '@shousi/problem-kit';

export interface HarnessConfig {
  entry: Entry;
  rules: Rules;
  /** Characters of console output kept per test (the rest is counted, not kept). */
  stdoutKeep: number;
  /** Characters of console output per submission beyond which the verdict is OLE. */
  stdoutLimit: number;
  /** Characters of one serialised output beyond which the verdict is OLE. */
  outputLimit: number;
}

/** What `observe()` reports for one test, as JSON text. */
export interface Observation {
  /** The serialised observed value (JSON text), absent when it could not be encoded. */
  out?: string;
  /** Why the value could not be encoded. */
  encodeError?: string;
  stdout: string;
  /** Console output was cut at stdoutKeep. */
  stdoutTruncated: boolean;
  /** The submission's console output went over stdoutLimit, or the output over outputLimit. */
  overflow?: 'stdout' | 'output';
  violation?: string;
}

/** What `run()` reports when the user's code threw. */
export interface ThrownError {
  name: string;
  message: string;
  stack?: string;
}
