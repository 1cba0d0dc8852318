/**
 * `shousi judge | run | check | list`. Exit codes: 0 success (Accepted, all checks passed), 1 any other
 * verdict or a failed check, 2 a usage error or an unknown slug.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Judge, type JudgeResult, type RunResult, show, VERDICT_NAMES } from '@shousi/judge';
import { findProblemDirs, judgingStyles, loadProblem, ProblemNotFoundError, ProblemSet, SECTIONS, ShousiError } from '@shousi/problem-kit';
import { verifyProblem, type ProblemReport } from './verify.js';

const USAGE = `usage:
  shousi judge <slug> <file> [--samples] [--json]      judge against the hidden tests (or the samples)
  shousi run <slug> <file> [--input <json> | --input-file <path>] [--json]
                                                       run on the samples, or on one custom input
  shousi check [slug...]                               verify problems (reference, tests, wrong solutions)
  shousi list [--json]                                 list the problems`;

export const PROBLEMS_DIR = process.env.SHOUSI_PROBLEMS ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'problems');

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'judge': return await judgeCommand(rest);
      case 'run': return await runCommand(rest);
      case 'check': return await checkCommand(rest);
      case 'list': return await listCommand(rest);
      case undefined: case '-h': case '--help': case 'help':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err instanceof ShousiError && err.code !== 'SHOUSI_REFERENCE_FAILED')) {
      console.error(`shousi: ${err.message}`);
      if (err instanceof UsageError) console.error(USAGE);
      return 2;
    }
    throw err;
  }
}

function parse<O extends NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function readCode(file: string | undefined): string {
  if (!file) throw new UsageError('missing the solution file');
  try {
    return readFileSync(resolve(file), 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
}

async function withJudge<T>(fn: (judge: Judge) => Promise<T>): Promise<T> {
  const judge = await Judge.create();
  try {
    return await fn(judge);
  } finally {
    await judge.close();
  }
}

async function judgeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { samples: { type: 'boolean' }, json: { type: 'boolean' } });
  const [slug, file] = positionals;
  if (!slug) throw new UsageError('missing the problem slug');
  const code = readCode(file);
  const problem = (await ProblemSet.loadSome(PROBLEMS_DIR, [slug])).get(slug);
  return withJudge(async (judge) => {
    let result: JudgeResult;
    if (values.samples) {
      const run = await judge.run(problem, code);
      const failedAt = run.cases.findIndex((c) => !c.passed);
      const failed = run.cases[failedAt];
      result = {
        verdict: run.verdict,
        passed: run.cases.filter((c) => c.passed).length,
        total: run.cases.length,
        runtimeMs: run.verdict === 'AC' ? run.cases.reduce((s, c) => s + c.runtimeMs, 0) : null,
        memoryKb: null,
        failure: failed ? { test: failedAt + 1, input: failed.input, expected: failed.expected, output: failed.output, stdout: failed.stdout, message: failed.message } : null,
        compileErrors: run.compileErrors,
      };
    } else {
      result = await judge.submit(problem, code);
    }
    if (values.json) console.log(JSON.stringify(result));
    else printJudge(slug, result);
    return result.verdict === 'AC' ? 0 : 1;
  });
}

function printJudge(slug: string, r: JudgeResult): void {
  const name = VERDICT_NAMES[r.verdict];
  console.log(`${slug}: ${r.verdict} ${name.en} · ${name.zh}   ${r.passed}/${r.total} tests passed`);
  if (r.runtimeMs !== null) console.log(`runtime ${r.runtimeMs} ms` + (r.memoryKb !== null ? `   memory ${(r.memoryKb / 1024).toFixed(1)} MB` : ''));
  for (const e of r.compileErrors) console.log(`  line ${e.line}, column ${e.column}: ${e.message}`);
  if (r.failure) {
    const f = r.failure;
    console.log(`test ${f.test}: ${f.message}`);
    console.log(`  input:    ${show(f.input, 400)}`);
    console.log(`  expected: ${show(f.expected, 400)}`);
    console.log(`  output:   ${show(f.output, 400)}`);
    if (f.stdout) console.log(`  stdout:\n${f.stdout.replace(/^/gm, '    ')}`);
  }
}

async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { input: { type: 'string' }, 'input-file': { type: 'string' }, json: { type: 'boolean' } });
  const [slug, file] = positionals;
  if (!slug) throw new UsageError('missing the problem slug');
  const code = readCode(file);
  let inputs: unknown[][] | undefined;
  const raw = values.input ?? (values['input-file'] !== undefined ? readCode(values['input-file'] as string) : undefined);
  if (raw !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw as string);
    } catch (err) {
      throw new UsageError(`--input is not valid JSON: ${(err as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw new UsageError('--input must be a JSON array of the entry point\'s arguments, in order');
    inputs = [parsed];
  }
  const problem = (await ProblemSet.loadSome(PROBLEMS_DIR, [slug])).get(slug);
  return withJudge(async (judge) => {
    const result: RunResult = await judge.run(problem, code, inputs);
    if (values.json) console.log(JSON.stringify(result));
    else {
      console.log(`${slug}: ${result.verdict} ${VERDICT_NAMES[result.verdict].en}`);
      for (const e of result.compileErrors) console.log(`  line ${e.line}, column ${e.column}: ${e.message}`);
      result.cases.forEach((c, i) => {
        console.log(`case ${i + 1}: ${c.passed ? 'passed' : `${c.verdict}${c.message ? `: ${c.message}` : ''}`}   ${c.runtimeMs} ms`);
        console.log(`  input:    ${show(c.input, 400)}`);
        console.log(`  output:   ${show(c.output, 400)}`);
        console.log(`  expected: ${show(c.expected, 400)}`);
        if (c.stdout) console.log(`  stdout:\n${c.stdout.replace(/^/gm, '    ')}`);
      });
    }
    return result.verdict === 'AC' ? 0 : 1;
  });
}

async function listCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' } });
  const set = await ProblemSet.load(PROBLEMS_DIR);
  const problems = set.all().sort((a, b) => Object.keys(SECTIONS).indexOf(a.section) - Object.keys(SECTIONS).indexOf(b.section) || a.slug.localeCompare(b.slug));
  if (values.json) {
    console.log(JSON.stringify(problems.map((p) => ({
      slug: p.slug, section: p.section, title: p.title, difficulty: p.difficulty, tags: p.tags,
      entry: p.entry.name, styles: judgingStyles(p, p.sandboxFile !== null), leetcode: p.leetcode ?? null,
    }))));
    return 0;
  }
  // Pad by display width: a CJK character takes two columns in a terminal.
  const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (/[\u2e80-\uffff]/.test(c) ? 2 : 1), 0)));
  for (const p of problems) {
    console.log(`${pad(SECTIONS[p.section].zh, 10)} ${p.slug.padEnd(30)} ${p.difficulty.padEnd(7)} ${p.title.zh} · ${p.title.en}`);
  }
  return 0;
}

async function checkCommand(slugs: string[]): Promise<number> {
  const dirs = findProblemDirs(PROBLEMS_DIR);
  const chosen = slugs.length === 0 ? dirs : slugs.map((slug) => {
    const dir = dirs.find((d) => basename(d) === slug);
    if (!dir) throw new ProblemNotFoundError(slug);
    return dir;
  });
  const reports: ProblemReport[] = [];
  await withJudge(async (judge) => {
    for (const dir of chosen) {
      let r: ProblemReport;
      try {
        r = await verifyProblem(judge, await loadProblem(dir));
      } catch (err) {
        // A malformed problem is one failed row, not the end of the run.
        r = { slug: basename(dir), ok: false, tests: 0, ratio: null, referenceMs: null, limitMs: 0, wrong: [], problems: [(err as Error).message], warnings: [] };
      }
      reports.push(r);
      console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.slug}`);
      for (const m of r.problems) console.log(`       ${m}`);
      for (const m of r.warnings) console.log(`       warning: ${m}`);
    }
  });
  console.log('');
  console.log(`${'problem'.padEnd(34)} ${'tests'.padStart(5)} ${'ref ms'.padStart(8)} ${'limit'.padStart(6)} ${'ratio'.padStart(6)}  wrong solutions`);
  for (const r of reports) {
    const wrong = r.wrong.map((w) => `${w.name}:${w.got}${w.ok ? '' : `≠${w.expected}`}`).join(' ');
    console.log(
      `${(r.ok ? '' : '✗ ') + r.slug}`.padEnd(34) +
        ` ${String(r.tests).padStart(5)} ${(r.referenceMs?.toFixed(1) ?? '-').padStart(8)} ${String(r.limitMs).padStart(6)} ${(r.ratio !== null ? r.ratio.toFixed(3) : '-').padStart(6)}  ${wrong}`,
    );
  }
  const failed = reports.filter((r) => !r.ok).length;
  console.log(`\n${reports.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
