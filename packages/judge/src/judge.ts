/**
 * The judge: turns (problem, code) into a verdict. Transpiles with esbuild, type-checks in parallel with
 * execution, runs the tests in the sandbox pool, and compares every output with the reference solution's
 * on the host. Hidden tests are generated from seeds, answered by the reference solution, and cached on
 * disk under the problem's content hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  entryShape, entrySignature, expandTests, globalsFor, type LoadedProblem, type TestInput, validateInput,
} from '@shousi/problem-kit';
import type { SourceMapInput } from '@jridgewell/trace-mapping';
import { MAX_CODE_BYTES } from '@shousi/contracts';
import { buildWorkerScript, bundleHarness, JUDGE_DIR } from './bundle.js';
import { makeChecker, type Wire } from './checkers/index.js';
import { transpile, type Transpiled } from './compile/transpile.js';
import { TypeChecker } from './compile/typecheck.js';
import { ReferenceFailedError } from './errors.js';
import type { HarnessConfig, Observation } from './harness/config.js';
import type { CompileError, Failure, JudgeResult, RunCase, RunResult, Verdict } from './result.js';
import { worstVerdict } from './result.js';
import { SandboxPool, type JobOutcome } from './sandbox/pool.js';
import type { CaseMessage, Pack, RemeasureSpec } from './sandbox/protocol.js';
import { describeThrown, isOutOfMemory, type ThrownError } from './stack.js';

// Source code larger than MAX_CODE_BYTES is refused before compiling (compilation is not time-limited).
export { MAX_CODE_BYTES };

export interface JudgeOptions {
  /** Sandbox worker processes (default: the machine's parallelism). */
  workers?: number;
  /** A sandbox worker is replaced once its resident memory passes this after a job (default 192 MiB). */
  recycleRssMb?: number;
  /** Where answered hidden tests are cached (default: packages/judge/.cache). */
  cacheDir?: string;
  /** Console output kept per test, in characters. */
  stdoutKeep?: number;
  /** Console output per submission beyond which the verdict is OLE. */
  stdoutLimit?: number;
  /** Size of one serialised output beyond which the verdict is OLE. */
  outputLimit?: number;
  /** Re-timing of an accepted submission's tests (false: report the first runs). */
  remeasure?: RemeasureSpec | false;
}

export interface AnsweredTest {
  name: string;
  input: TestInput;
  expected: Wire;
  /** The reference solution's time on this test, in ms. */
  referenceMs: number;
}

interface ProblemPacks {
  harness: string;
  config: string;
  hidden: AnsweredTest[];
  samples: AnsweredTest[];
  /** The sandbox's packs of the hidden tests and the samples, made on first use (see packFor). */
  hiddenPack?: Pack;
  samplesPack?: Pack;
}

/** How one executed test case ended, before it is shaped into a result. */
interface CaseVerdict {
  verdict: Verdict;
  message: string;
  output: Wire | undefined;
  stdout: string;
  ms: number;
}

export class Judge {
  private readonly problems = new Map<string, Promise<ProblemPacks>>();
  private readonly cacheDir: string;

  private constructor(
    readonly pool: SandboxPool,
    readonly checker: TypeChecker,
    private readonly opts: Required<Omit<JudgeOptions, 'workers' | 'recycleRssMb' | 'cacheDir' | 'remeasure'>> & { remeasure?: RemeasureSpec },
    cacheDir: string,
  ) {
    this.cacheDir = cacheDir;
  }

  static async create(options: JudgeOptions = {}): Promise<Judge> {
    const pool = new SandboxPool({ workerScript: buildWorkerScript('sandbox/worker.ts'), size: options.workers, recycleRssMb: options.recycleRssMb });
    const checker = new TypeChecker(buildWorkerScript('compile/typecheck-worker.ts'));
    const judge = new Judge(
      pool,
      checker,
      {
        stdoutKeep: options.stdoutKeep ?? 64 * 1024,
        stdoutLimit: options.stdoutLimit ?? 8 * 1024 * 1024,
        outputLimit: options.outputLimit ?? 16 * 1024 * 1024,
        remeasure: options.remeasure === false ? undefined : (options.remeasure ?? { times: 2, budgetMs: 250 }),
      },
      options.cacheDir ?? join(JUDGE_DIR, '.cache'),
    );
    await Promise.all([pool.ready(), checker.warm]);
    return judge;
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.close(), this.checker.close()]);
  }

  /** Judges `code` against every hidden test, stopping at the first failure as LeetCode does. */
  async submit(problem: LoadedProblem, code: string): Promise<JudgeResult> {
    const packs = await this.packs(problem);
    const total = packs.hidden.length;
    const tooBig = this.refuseSize(code);
    if (tooBig) return { verdict: 'CE', passed: 0, total, runtimeMs: null, memoryKb: null, failure: null, compileErrors: tooBig };
    const [compileErrors, outcome] = await this.compileAndRun(problem, code, packs, packs.hidden, true);
    if (compileErrors.length > 0 || !outcome) {
      return { verdict: 'CE', passed: 0, total, runtimeMs: null, memoryKb: null, failure: null, compileErrors };
    }
    const { verdicts, memoryKb } = outcome;
    // Every test up to the first failure must have a verdict: a hole means the sandbox stopped
    // reporting, which is never an Accepted.
    for (let i = 0; i < total; i++) {
      if (!verdicts[i]) {
        verdicts[i] = { verdict: 'IE', message: 'internal error: the test was not reported', output: undefined, stdout: '', ms: 0 };
      }
      if (verdicts[i]!.verdict !== 'AC') break;
    }
    const failedAt = verdicts.findIndex((v) => v.verdict !== 'AC');
    const passed = failedAt === -1 ? total : failedAt;
    if (failedAt === -1) {
      const runtime = verdicts.reduce((s, v) => s + v.ms, 0);
      return { verdict: 'AC', passed, total, runtimeMs: round(runtime), memoryKb, failure: null, compileErrors: [] };
    }
    const v = verdicts[failedAt]!;
    const test = packs.hidden[failedAt]!;
    const failure: Failure = { test: failedAt + 1, input: test.input, expected: test.expected, output: v.output ?? null, stdout: v.stdout, message: v.message };
    return { verdict: v.verdict, passed, total, runtimeMs: null, memoryKb, failure, compileErrors: [] };
  }

  /** Runs `code` on the samples, or on custom inputs, each answered by the reference solution too. */
  async run(problem: LoadedProblem, code: string, inputs?: unknown[][]): Promise<RunResult> {
    const packs = await this.packs(problem);
    const tests = inputs ? await this.answer(problem, packs, inputs.map((input, i) => ({ name: `custom #${i + 1}`, input: validateInput(problem, input) })), 'custom') : packs.samples;
    const tooBig = this.refuseSize(code);
    if (tooBig) return { verdict: 'CE', cases: [], compileErrors: tooBig };
    const [compileErrors, outcome] = await this.compileAndRun(problem, code, packs, tests, false);
    if (compileErrors.length > 0 || !outcome) return { verdict: 'CE', cases: [], compileErrors };
    const cases: RunCase[] = tests.map((t, i) => {
      const v = outcome.verdicts[i] ?? { verdict: outcome.verdicts.at(-1)?.verdict ?? 'IE', message: 'not run: an earlier case stopped the run', output: undefined, stdout: '', ms: 0 };
      return { input: t.input, output: v.output ?? null, expected: t.expected, stdout: v.stdout, passed: v.verdict === 'AC', verdict: v.verdict, message: v.message, runtimeMs: round(v.ms) };
    });
    return { verdict: worstVerdict(cases.map((c) => c.verdict)), cases, compileErrors: [] };
  }

  /** The hidden tests with the reference's answers (generated and cached on first use). */
  async hiddenTests(problem: LoadedProblem): Promise<AnsweredTest[]> {
    return (await this.packs(problem)).hidden;
  }

  /** Type-checks code against a problem's entry point and globals, without running it. */
  typecheck(problem: LoadedProblem, code: string): Promise<CompileError[]> {
    return this.checker.check({
      code,
      globals: globalsFor(problem.declarations),
      signature: entrySignature(problem.entry),
      entryName: problem.entry.name,
      entryShape: entryShape(problem.entry),
    });
  }

  private refuseSize(code: string): CompileError[] | null {
    const bytes = Buffer.byteLength(code, 'utf8');
    if (bytes <= MAX_CODE_BYTES) return null;
    return [{ line: 1, column: 1, message: `the code is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_CODE_BYTES / 1024} KB` }];
  }

  /** Transpile, then type-check and execute side by side; a compile error wins over any result. */
  private async compileAndRun(
    problem: LoadedProblem,
    code: string,
    packs: ProblemPacks,
    tests: AnsweredTest[],
    stopAtFirstFailure: boolean,
  ): Promise<[CompileError[], { verdicts: CaseVerdict[]; memoryKb: number | null } | null]> {
    const compiled = await transpile(code, problem.entry.name);
    if (!compiled.ok) return [compiled.errors, null];
    let cancelled = false;
    const typeErrors = this.typecheck(problem, code).then((errors) => {
      if (errors.length > 0) cancelled = true;
      return errors;
    });
    const execution = this.execute(problem, packs, compiled.value, tests, stopAtFirstFailure, () => cancelled);
    const [errors, outcome] = await Promise.all([typeErrors, execution]);
    return errors.length > 0 ? [errors, null] : [[], outcome];
  }

  private async execute(
    problem: LoadedProblem,
    packs: ProblemPacks,
    compiled: Transpiled,
    tests: AnsweredTest[],
    stopAtFirstFailure: boolean,
    cancelled: () => boolean,
  ): Promise<{ verdicts: CaseVerdict[]; memoryKb: number | null }> {
    const check = makeChecker(problem.checker);
    const verdicts: CaseVerdict[] = [];
    const pack = packFor(problem, packs, tests);
    const onCase = (c: CaseMessage): boolean => {
      const test = tests[c.index]!;
      let v: CaseVerdict;
      try {
        v = this.judgeCase(c, test, check, compiled.map);
      } catch (err) {
        // A fault of the judge must never pass for an answer.
        v = { verdict: 'IE', message: `internal error while judging: ${(err as Error).message}`, output: undefined, stdout: '', ms: c.ms };
      }
      verdicts[c.index] = v;
      return !cancelled() && (v.verdict === 'AC' || !stopAtFirstFailure);
    };
    const outcome = await this.pool.run(
      pack,
      {
        code: compiled.code,
        tests: tests.map((_, i) => i),
        timeMs: problem.limits.timeMs,
        memoryMb: problem.limits.memoryMb,
        stopOnError: stopAtFirstFailure,
        remeasure: stopAtFirstFailure ? this.opts.remeasure : undefined,
      },
      onCase,
    );
    this.judgeEnding(outcome, verdicts, tests.length, compiled.map);
    for (const [index, ms] of outcome.fastest) if (verdicts[index]) verdicts[index]!.ms = Math.min(verdicts[index]!.ms, ms);
    const peak = outcome.cases.reduce((m, c) => Math.max(m, c.heapBytes), 0);
    return { verdicts, memoryKb: peak > 0 ? Math.round(peak / 1024) : null };
  }

  /** The set-up failing, or the worker dying, decides the verdict of the test that was running. */
  private judgeEnding(outcome: JobOutcome, verdicts: CaseVerdict[], total: number, map: SourceMapInput | null): void {
    const next = verdicts.length;
    const setup = outcome.setup;
    if (setup && setup.status !== 'ok') {
      const v = (verdict: Verdict, message: string): CaseVerdict => ({ verdict, message, output: undefined, stdout: setup.stdout ?? '', ms: 0 });
      if (setup.status === 'threw') {
        const err = JSON.parse(setup.error!) as ThrownError;
        verdicts[0] = isOutOfMemory(err) ? v('MLE', describeThrown(err, map)) : v('RE', `while running the top-level code: ${describeThrown(err, map)}`);
      } else if (setup.status === 'timeout') verdicts[0] = v('TLE', 'the top-level code did not finish within the time limit');
      else if (setup.status === 'memory') verdicts[0] = v('MLE', 'the top-level code ran out of memory');
      else verdicts[0] = v('IE', `the sandbox failed to start: ${setup.error}`);
      return;
    }
    // Killed after every test was judged (while re-timing): only the runtime figure is lost.
    if (!outcome.killed || next >= total) return;
    const { reason, detail } = outcome.killed;
    const verdict: Verdict = reason === 'wall' ? 'TLE' : reason === 'crash' ? 'RE' : 'MLE';
    const message =
      reason === 'wall' ? 'time limit exceeded (the sandbox had to be stopped from outside)'
      : reason === 'crash' ? `the solution crashed the sandbox process: ${detail}`
      : `memory limit exceeded (${detail})`;
    verdicts[next] = { verdict, message, output: undefined, stdout: '', ms: 0 };
  }

  private judgeCase(c: CaseMessage, test: AnsweredTest, check: ReturnType<typeof makeChecker>, map: SourceMapInput | null): CaseVerdict {
    const obs = parseObservation(c.observation);
    const stdout = obs ? obs.stdout + (obs.stdoutTruncated ? '\n[… output truncated]' : '') : '';
    const base = { stdout, ms: c.ms, output: undefined as Wire | undefined };
    switch (c.status) {
      case 'timeout':
        return { ...base, verdict: 'TLE', message: 'time limit exceeded' };
      case 'memory':
        return { ...base, verdict: 'MLE', message: 'memory limit exceeded' };
      case 'internal':
        return { ...base, verdict: 'IE', message: `internal error: ${c.error}` };
      case 'threw': {
        const err = JSON.parse(c.error!) as ThrownError;
        return { ...base, verdict: isOutOfMemory(err) ? 'MLE' : 'RE', message: describeThrown(err, map) };
      }
    }
    // The harness always reports an observation; a malformed one can only come from the user's tampering.
    if (!obs) return { ...base, verdict: 'WA', message: 'the output could not be read' };
    if (obs.overflow === 'stdout') return { ...base, verdict: 'OLE', message: `console output exceeded ${this.opts.stdoutLimit / 2 ** 20} MiB` };
    if (obs.overflow === 'output') return { ...base, verdict: 'OLE', message: `the returned value exceeded ${this.opts.outputLimit / 2 ** 20} MiB when serialised` };
    if (obs.encodeError) return { ...base, verdict: 'WA', message: obs.encodeError };
    const output = JSON.parse(obs.out!) as Wire;
    if (obs.violation) return { ...base, output, verdict: 'WA', message: obs.violation };
    const mismatch = check(test.input, output, test.expected);
    return { ...base, output, verdict: mismatch ? 'WA' : 'AC', message: mismatch ?? '' };
  }

  private packs(problem: LoadedProblem): Promise<ProblemPacks> {
    let p = this.problems.get(problem.hash);
    if (!p) {
      p = this.buildPacks(problem);
      p.catch(() => this.problems.delete(problem.hash));
      this.problems.set(problem.hash, p);
    }
    return p;
  }

  private async buildPacks(problem: LoadedProblem): Promise<ProblemPacks> {
    const harness = await bundleHarness(problem.sandboxFile);
    const config: HarnessConfig = {
      entry: problem.entry,
      rules: problem.rules,
      stdoutKeep: this.opts.stdoutKeep,
      stdoutLimit: this.opts.stdoutLimit,
      outputLimit: this.opts.outputLimit,
    };
    const packs: ProblemPacks = { harness, config: JSON.stringify(config), hidden: [], samples: [] };
    const version = createHash('sha256').update(problem.hash).update(harness).update(packs.config).digest('hex').slice(0, 16);
    const file = join(this.cacheDir, 'tests', `${problem.slug}.${version}.json`);
    if (existsSync(file)) {
      // Read without blocking: a problem's first submission must not hold up the server's requests.
      const cached = JSON.parse(await readFile(file, 'utf8')) as { hidden: AnsweredTest[]; samples: AnsweredTest[] };
      return { ...packs, ...cached };
    }
    const hidden = expandTests(problem).map((t) => ({ ...t, input: validateInput(problem, t.input) }));
    const samples = problem.samples.map((s, i) => ({ name: `sample ${i + 1}`, input: validateInput(problem, s.input) }));
    packs.hidden = await this.answer(problem, packs, hidden, 'hidden');
    packs.samples = await this.answer(problem, packs, samples, 'samples');
    mkdirSync(join(this.cacheDir, 'tests'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ hidden: packs.hidden, samples: packs.samples }));
    renameSync(tmp, file);
    return packs;
  }

  /** Runs the reference solution on `tests` and keeps its observed values as the expected outputs. */
  private async answer(problem: LoadedProblem, packs: Pick<ProblemPacks, 'harness' | 'config'>, tests: { name: string; input: TestInput }[], kind: string): Promise<AnsweredTest[]> {
    const compiled = await transpile(problem.solution, problem.entry.name);
    if (!compiled.ok) throw new ReferenceFailedError(problem.slug, '(compile)', compiled.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; '));
    const key = `${problem.hash}:ref:${kind}:${hashOf(tests)}`;
    const outcome = await this.pool.run(
      { key, harness: packs.harness, config: packs.config, inputs: tests.map((t) => JSON.stringify(t.input)) },
      {
        code: compiled.value.code,
        tests: tests.map((_, i) => i),
        timeMs: Math.max(problem.limits.timeMs, 10_000),
        memoryMb: Math.max(problem.limits.memoryMb, 512),
        stopOnError: true,
        // The verifier compares the reference's slowest test with the limit: take the best of three.
        remeasure: { times: 2, budgetMs: 3000 },
      },
    );
    if (outcome.setup?.status !== 'ok') throw new ReferenceFailedError(problem.slug, '(set-up)', outcome.setup?.error ?? outcome.killed?.detail ?? 'no answer');
    return tests.map((t, i) => {
      const c = outcome.cases[i];
      if (!c) throw new ReferenceFailedError(problem.slug, t.name, outcome.killed?.detail ?? 'did not run');
      const obs = parseObservation(c.observation);
      if (c.status !== 'ok' || !obs || obs.out === undefined || obs.violation) {
        const why = c.status === 'threw' ? describeThrown(JSON.parse(c.error!) as ThrownError, compiled.value.map) : obs?.violation ?? obs?.encodeError ?? obs?.overflow ?? c.error ?? c.status;
        throw new ReferenceFailedError(problem.slug, t.name, why);
      }
      return { name: t.name, input: t.input, expected: JSON.parse(obs.out) as Wire, referenceMs: Math.min(c.ms, outcome.fastest.get(i) ?? Infinity) };
    });
  }
}

/**
 * The sandbox's pack of `tests`. The hidden tests' and the samples' are made once per problem: writing
 * 10^5-element inputs as JSON costs the main thread up to 20 ms, and the pool sends a pack to a worker
 * only when that worker does not hold it yet.
 */
function packFor(problem: LoadedProblem, packs: ProblemPacks, tests: AnsweredTest[]): Pack {
  const make = (key: string): Pack => ({ key, harness: packs.harness, config: packs.config, inputs: tests.map((t) => JSON.stringify(t.input)) });
  if (tests === packs.hidden) return (packs.hiddenPack ??= make(`${problem.hash}:hidden`));
  if (tests === packs.samples) return (packs.samplesPack ??= make(`${problem.hash}:samples`));
  return make(`custom:${hashOf(tests)}`);
}

/** The observation text from the harness, or null when it is not what the harness writes. */
function parseObservation(text: string | undefined): Observation | null {
  if (text === undefined) return null;
  const cut = text.indexOf('\n');
  let obs: unknown;
  try {
    obs = JSON.parse(cut === -1 ? text : text.slice(0, cut));
  } catch {
    return null;
  }
  if (typeof obs === 'object' && obs !== null && cut !== -1) (obs as Record<string, unknown>).out = text.slice(cut + 1);
  if (typeof obs !== 'object' || obs === null) return null;
  const o = obs as Record<string, unknown>;
  if (typeof o.stdout !== 'string' || typeof o.stdoutTruncated !== 'boolean') return null;
  if (o.out !== undefined && typeof o.out !== 'string') return null;
  if (o.out === undefined && o.encodeError === undefined && o.overflow === undefined) return null;
  return o as unknown as Observation;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;
const hashOf = (v: unknown): string => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
