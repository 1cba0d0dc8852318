/**
 * Verdicts as data. A wrong answer or a timeout is a case result, not an exception; only a fault of the
 * judge itself is IE. With several failing cases the overall verdict is the worst by DMOJ's display
 * precedence; Submit stops at the first failure, like LeetCode, so there it is simply that case's.
 */
import type { Verdict } from '@shousi/contracts';

// The vocabulary is the contracts' (the API and the web app speak it too).
export { VERDICT_NAMES, VERDICTS, type Verdict } from '@shousi/contracts';

/** Worst first. CE is decided before any test runs. */
export const VERDICT_PRECEDENCE: readonly Verdict[] = ['IE', 'CE', 'TLE', 'MLE', 'OLE', 'RE', 'WA', 'AC'];

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'AC';
  for (const v of verdicts) if (VERDICT_PRECEDENCE.indexOf(v) < VERDICT_PRECEDENCE.indexOf(worst)) worst = v;
  return worst;
}

/** A type or syntax error at the user's own line and column (1-based). */
export interface CompileError {
  line: number;
  column: number;
  message: string;
}

export interface Failure {
  /** 1-based number of the failing test. */
  test: number;
  input: unknown[];
  expected: unknown;
  output: unknown;
  stdout: string;
  message: string;
}

/** What `shousi judge --json` prints and the API stores. */
export interface JudgeResult {
  verdict: Verdict;
  passed: number;
  total: number;
  /** Sum of the solution's call times over the passed tests, when Accepted. */
  runtimeMs: number | null;
  /** Peak heap of the isolate over the tests, in KiB. */
  memoryKb: number | null;
  failure: Failure | null;
  compileErrors: CompileError[];
}

export interface RunCase {
  input: unknown[];
  output: unknown;
  expected: unknown;
  stdout: string;
  passed: boolean;
  verdict: Verdict;
  message: string;
  runtimeMs: number;
}

/** What `shousi run --json` prints: samples or one custom input, each with the reference's answer. */
export interface RunResult {
  verdict: Verdict;
  cases: RunCase[];
  compileErrors: CompileError[];
}
