/**
 * Verdicts as data. A wrong answer or a timeout is a case result, not an exception; only a fault of the
 * judge itself is IE. With several failing cases the overall verdict is the worst by DMOJ's display
 * precedence; Submit stops at the first failure, like LeetCode, so there it is simply that case's.
 */
export const VERDICTS = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'CE', 'OLE', 'IE'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Worst first. CE is decided before any test runs. */
export const VERDICT_PRECEDENCE: readonly Verdict[] = ['IE', 'CE', 'TLE', 'MLE', 'OLE', 'RE', 'WA', 'AC'];

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'AC';
  for (const v of verdicts) if (VERDICT_PRECEDENCE.indexOf(v) < VERDICT_PRECEDENCE.indexOf(worst)) worst = v;
  return worst;
}

export const VERDICT_NAMES: Record<Verdict, { zh: string; en: string }> = {
  AC: { zh: '通过', en: 'Accepted' },
  WA: { zh: '解答错误', en: 'Wrong Answer' },
  TLE: { zh: '超出时间限制', en: 'Time Limit Exceeded' },
  MLE: { zh: '超出内存限制', en: 'Memory Limit Exceeded' },
  RE: { zh: '执行出错', en: 'Runtime Error' },
  CE: { zh: '编译出错', en: 'Compile Error' },
  OLE: { zh: '输出超限', en: 'Output Limit Exceeded' },
  IE: { zh: '判题系统内部错误', en: 'Internal Error' },
};

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
