/** Messages between the supervisor (host) and a sandbox worker process, over Node's IPC channel. */

/** A problem's isolate-side code and test inputs; sent once per worker, then referred to by key. */
export interface Pack {
  key: string;
  /** The harness bundled with the problem's sandbox module. */
  harness: string;
  /** HarnessConfig as JSON. */
  config: string;
  /**
   * Each test input as JSON text. Text crosses IPC and the isolate boundary far faster than a
   * structured clone of many small arrays (a design problem's 10^5 operations), and is parsed inside.
   */
  inputs: string[];
}

export interface JobMessage {
  type: 'job';
  id: number;
  packKey: string;
  pack?: Pack;
  /** The transpiled user code (an IIFE that leaves the entry point on globalThis.__shousi_entry). */
  code: string;
  /** Which of the pack's inputs to run, in order. */
  tests: number[];
  timeMs: number;
  memoryMb: number;
  /** Stop after the first test that throws, times out or runs out of memory. */
  stopOnError: boolean;
  remeasure?: RemeasureSpec;
}

/**
 * After every test ran cleanly, time the `heaviest` slowest tests again, `times` more times each,
 * while the extra time stays within `budgetMs`: the reported runtime takes each test's minimum. Tests
 * under `minMs` are not timed again: their time is mostly the call's own overhead, and re-running
 * dozens of them cost a fifth of a small problem's judging.
 */
export interface RemeasureSpec { heaviest: number; times: number; budgetMs: number; minMs: number }

/** A repeated timing of one test (its fastest run so far). */
export interface RemeasureMessage { type: 'remeasure'; id: number; index: number; ms: number }

export interface StopMessage { type: 'stop'; id: number }
export type HostMessage = JobMessage | StopMessage;

/** How a test (or the set-up before the tests) ended inside the worker. */
export type CaseStatus =
  | 'ok' // the call returned; the observation says what it returned
  | 'threw' // the user's code threw: `error` has it
  | 'timeout' // the isolate's timeout fired
  | 'memory' // the isolate ran out of memory
  | 'internal'; // the harness itself failed

export interface CaseMessage {
  type: 'case';
  id: number;
  /** Position in the job's `tests`. */
  index: number;
  status: CaseStatus;
  /** Milliseconds of the timed call. */
  ms: number;
  /** Observation JSON (when status is ok or threw). */
  observation?: string;
  /** ThrownError JSON, or the isolate's message. */
  error?: string;
  heapBytes: number;
}

export interface SetupMessage {
  type: 'setup';
  id: number;
  status: CaseStatus;
  error?: string;
  /** Console output of the top-level code when it failed. */
  stdout?: string;
}

export interface DoneMessage { type: 'done'; id: number }
export interface ReadyMessage { type: 'ready' }
/** The isolate lost control (heap OOM inside V8): the worker aborts right after sending this. */
export interface FatalMessage { type: 'fatal'; id: number; message: string }

export type WorkerMessage = CaseMessage | SetupMessage | DoneMessage | ReadyMessage | FatalMessage | RemeasureMessage;
