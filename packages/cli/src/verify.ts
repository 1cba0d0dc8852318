/**
 * The problem verifier, in the spirit of Polygon and Kattis problemtools: a problem is only as good as
 * the wrong answers it catches. For each problem: the schema holds and every file exists (the loader);
 * the Chinese texts are Chinese; the starter type-checks; every hidden and sample input passes the
 * problem's validator; there are at least 20 hidden tests; the reference solution is Accepted on the
 * hidden tests and on the samples, with its slowest test well under the limit; and every wrong/*.ts
 * gets exactly the verdict it is tagged with. Duplicate hidden tests are reported as warnings.
 */
import type { Judge } from '@shousi/judge';
import type { LoadedProblem } from '@shousi/problem-kit';

export const MIN_TESTS = 20;
/** The reference's slowest test must take at most this fraction of the time limit. */
export const MAX_REFERENCE_RATIO = 1 / 3;

export interface WrongOutcome {
  name: string;
  expected: string;
  got: string;
  ok: boolean;
  /** Where the verdict came from, e.g. "test 12: expected 5, got 4". */
  detail: string;
}

export interface ProblemReport {
  slug: string;
  ok: boolean;
  tests: number;
  /** Slowest reference test / time limit. */
  ratio: number | null;
  referenceMs: number | null;
  limitMs: number;
  wrong: WrongOutcome[];
  /** What fails the problem. */
  problems: string[];
  /** What is worth a look but fails nothing. */
  warnings: string[];
}

const CJK = /[\u4e00-\u9fff]/;

export async function verifyProblem(judge: Judge, problem: LoadedProblem): Promise<ProblemReport> {
  const report: ProblemReport = {
    slug: problem.slug, ok: false, tests: 0, ratio: null, referenceMs: null, limitMs: problem.limits.timeMs, wrong: [], problems: [], warnings: [],
  };
  const fail = (m: string): void => { report.problems.push(m); };
  try {
    if (!CJK.test(problem.statement.zh)) fail('statement.zh.md has no Chinese text');
    if (!CJK.test(problem.explanation.zh)) fail('solution.zh.md has no Chinese text');
    if (!CJK.test(problem.title.zh)) fail('title.zh has no Chinese text');
    const starterErrors = await judge.typecheck(problem, problem.starter);
    for (const e of starterErrors) fail(`starter.ts:${e.line}:${e.column} ${e.message}`);
    const tests = await judge.hiddenTests(problem); // validates every input and answers it with the reference
    report.tests = tests.length;
    if (tests.length < MIN_TESTS) fail(`only ${tests.length} hidden tests (at least ${MIN_TESTS})`);
    const seen = new Map<string, string>();
    for (const t of tests) {
      const key = JSON.stringify(t.input);
      const first = seen.get(key);
      if (first !== undefined) report.warnings.push(`hidden tests "${first}" and "${t.name}" have the same input`);
      else seen.set(key, t.name);
    }
    const samples = await judge.run(problem, problem.solution);
    if (samples.verdict !== 'AC') fail(`reference solution on the samples: ${samples.verdict} ${samples.cases.find((c) => !c.passed)?.message ?? ''}`);
    const ref = await judge.submit(problem, problem.solution);
    if (ref.verdict !== 'AC') {
      fail(`reference solution: ${ref.verdict} ${ref.failure ? `on test ${ref.failure.test}: ${ref.failure.message}` : ref.compileErrors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
    }
    const slowest = Math.max(...tests.map((t) => t.referenceMs));
    report.referenceMs = slowest;
    report.ratio = slowest / problem.limits.timeMs;
    if (report.ratio > MAX_REFERENCE_RATIO) {
      fail(`reference takes ${slowest.toFixed(1)} ms on its slowest test: over ${Math.round(MAX_REFERENCE_RATIO * 100)}% of the ${problem.limits.timeMs} ms limit`);
    }
    report.wrong = await Promise.all(
      problem.wrong.map(async (w) => {
        const r = await judge.submit(problem, w.code);
        const detail = r.failure ? `test ${r.failure.test}: ${r.failure.message}` : r.compileErrors[0]?.message ?? `${r.passed}/${r.total} passed`;
        return { name: w.name, expected: w.verdict, got: r.verdict, ok: r.verdict === w.verdict, detail };
      }),
    );
    for (const w of report.wrong) if (!w.ok) fail(`wrong/${w.name}.ts: expected ${w.expected}, got ${w.got} (${w.detail})`);
    if (problem.wrong.length === 0) fail('no wrong solutions in wrong/');
  } catch (err) {
    fail((err as Error).message);
  }
  report.ok = report.problems.length === 0;
  return report;
}
