/** Messages between the supervisor (host) and a sandbox worker process, over Node's IPC channel. */

/**
 * Packs a worker keeps, the oldest sent let go first. Both sides apply this same rule to the same
 * sequence of sent packs, so the supervisor knows without asking which packs a worker still holds.
 */
export const PACKS_KEPT = 16;

/**
 * How many tests from position `from` the worker runs in one call (1: a call of its own): at most 64,
 * with at most 32 K characters of input between them, so that decoding stays negligible and a batch's
 * inputs never weigh on the memory figure. The supervisor applies it too, to know whether a worker
 * that died was running one test or several.
 */
export function batchSize(tests: readonly number[], lengths: readonly number[], from: number): number {
  let n = 0;
  let chars = 0;
  for (let i = from; i < tests.length && n < 64; i++, n++) {
    chars += lengths[tests[i]!]!;
    if (chars > 32 * 1024) break;
  }
  return Math.max(1, n);
}

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
  /**
   * Run every test in a call of its own instead of in batches: set when a batch ended in a way that
   * does not say which of its tests caused it (the worker died, or the isolate ran out of memory).
   */
  oneByOne?: boolean;
}

/**
 * After every test ran cleanly, run them all `times` more times (in the same batches) while the extra
 * time stays within `budgetMs`: the reported runtime takes each test's fastest run.
 */
export interface RemeasureSpec { times: number; budgetMs: number }

/** Tests timed again that ran faster than before: [position in the job, ms] pairs. */
export interface RemeasureMessage { type: 'remeasure'; id: number; fastest: [number, number][] }

export interface StopMessage { type: 'stop'; id: number }
export type HostMessage = JobMessage | StopMessage;

/** How a test (or the set-up before the tests) ended inside the worker. */
export type CaseStatus =
  | 'ok' // the call returned; the observation says what it returned
  | 'threw' // the user's code threw: `error` has it
  | 'timeout' // the isolate's timeout fired
  | 'memory' // the isolate ran out of memory
  | 'internal'; // the harness itself failed

/** One finished test (an element of a CasesMessage). */
export interface CaseMessage {
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

/** The tests finished since the last message, in order: one batch, or one test. */
export interface CasesMessage {
  type: 'cases';
  id: number;
  cases: CaseMessage[];
}

/**
 * A batch failed in a way that hides which of its tests did it (the isolate was disposed at its memory
 * limit): the tests without a result must run again, one call each. The job ends here.
 */
export interface OneByOneMessage { type: 'one-by-one'; id: number }

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
export type WorkerMessage = CasesMessage | OneByOneMessage | SetupMessage | DoneMessage | ReadyMessage | RemeasureMessage;
