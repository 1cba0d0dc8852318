/**
 * Reads `problems/<section>/<slug>/` into a LoadedProblem. Anything malformed fails loudly with the
 * file and the field at fault, before a single test runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ProblemFormatError, ProblemNotFoundError } from './errors.js';
import { type Localized, type Problem, ProblemSchema } from './schema.js';

export const WRONG_VERDICTS = ['WA', 'TLE', 'MLE', 'RE', 'CE', 'OLE'] as const;
export type WrongVerdict = (typeof WRONG_VERDICTS)[number];

export interface WrongSolution {
  /** File name without extension, e.g. `greedy-match`. */
  name: string;
  file: string;
  code: string;
  /** The verdict the verifier requires, from the `// @verdict X` line. */
  verdict: WrongVerdict;
}

export interface LoadedProblem extends Problem {
  dir: string;
  statement: Localized;
  explanation: Localized;
  starter: string;
  /** The reference solution's source. */
  solution: string;
  /** Absolute path of the problem's isolate-side module, if it has one. */
  sandboxFile: string | null;
  wrong: WrongSolution[];
  /** Content hash of every file of the folder: the key of the cached hidden tests. */
  hash: string;
}

const REQUIRED = ['problem.ts', 'statement.zh.md', 'statement.en.md', 'starter.ts', 'solution.ts', 'solution.zh.md', 'solution.en.md'];

export async function loadProblem(dir: string): Promise<LoadedProblem> {
  for (const f of REQUIRED) {
    if (!existsSync(join(dir, f))) throw new ProblemFormatError(join(dir, f), 'file is missing');
  }
  const file = join(dir, 'problem.ts');
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (err) {
    throw new ProblemFormatError(file, `cannot be imported: ${(err as Error).message}`);
  }
  const parsed = ProblemSchema.safeParse(mod.default);
  if (!parsed.success) throw new ProblemFormatError(file, formatIssues(parsed.error));
  const problem = parsed.data;
  if (basename(dir) !== problem.slug) {
    throw new ProblemFormatError(file, `slug "${problem.slug}" does not match the folder name "${basename(dir)}"`);
  }
  if (basename(dirname(dir)) !== problem.section) {
    throw new ProblemFormatError(file, `section "${problem.section}" does not match the folder "${basename(dirname(dir))}"`);
  }
  checkEntry(problem, file);
  const read = (name: string): string => {
    const text = readFileSync(join(dir, name), 'utf8');
    if (text.trim() === '') throw new ProblemFormatError(join(dir, name), 'file is empty');
    return text;
  };
  const sandbox = join(dir, 'sandbox.ts');
  return {
    ...problem,
    dir,
    statement: { zh: read('statement.zh.md'), en: read('statement.en.md') },
    explanation: { zh: read('solution.zh.md'), en: read('solution.en.md') },
    starter: read('starter.ts'),
    solution: read('solution.ts'),
    sandboxFile: existsSync(sandbox) ? sandbox : null,
    wrong: loadWrong(join(dir, 'wrong')),
    hash: hashDir(dir),
  };
}

function checkEntry(problem: Problem, file: string): void {
  const { entry } = problem;
  if (entry.kind !== 'function') return;
  const names = new Set(entry.params.map((p) => p.name));
  for (const p of entry.params) {
    const c = p.codec;
    if (typeof c === 'object') {
      const ref = c.kind === 'tree-node' ? c.tree : c.pos;
      if (!names.has(ref)) throw new ProblemFormatError(file, `entry.params.${p.name}.codec refers to unknown field "${ref}"`);
    }
  }
  if (entry.observe && !names.has(entry.observe.param)) {
    throw new ProblemFormatError(file, `entry.observe.param: no parameter named "${entry.observe.param}"`);
  }
}

function loadWrong(dir: string): WrongSolution[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const code = readFileSync(file, 'utf8');
      const tag = /^\s*\/\/\s*@verdict\s+(\S+)/m.exec(code)?.[1];
      if (!tag || !(WRONG_VERDICTS as readonly string[]).includes(tag)) {
        throw new ProblemFormatError(file, `needs a line "// @verdict X" with X one of ${WRONG_VERDICTS.join(' ')}`);
      }
      return { name: f.replace(/\.ts$/, ''), file, code, verdict: tag as WrongVerdict };
    });
}

function hashDir(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 16);
}

export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}

/** Every problem folder under `root` (problems/<section>/<slug>), `_template` excluded. */
export function findProblemDirs(root: string): string[] {
  const dirs: string[] = [];
  for (const section of readdirSync(root).sort()) {
    const sdir = join(root, section);
    if (section.startsWith('_') || section.startsWith('.') || !statSync(sdir).isDirectory()) continue;
    for (const slug of readdirSync(sdir).sort()) {
      const pdir = join(sdir, slug);
      if (statSync(pdir).isDirectory()) dirs.push(pdir);
    }
  }
  return dirs;
}

/** The problem set: loaded once, looked up by slug. */
export class ProblemSet {
  private constructor(readonly root: string, private readonly bySlug: Map<string, LoadedProblem>) {}

  static async load(root: string): Promise<ProblemSet> {
    const map = new Map<string, LoadedProblem>();
    for (const dir of findProblemDirs(root)) {
      const p = await loadProblem(dir);
      if (map.has(p.slug)) throw new ProblemFormatError(dir, `duplicate slug "${p.slug}"`);
      map.set(p.slug, p);
    }
    return new ProblemSet(root, map);
  }

  /**
   * Loads every problem that loads; a broken folder is reported, not fatal (a server keeps serving the
   * rest; `shousi check` is where a broken problem fails).
   */
  static async loadValid(root: string): Promise<{ set: ProblemSet; failures: Error[] }> {
    const map = new Map<string, LoadedProblem>();
    const failures: Error[] = [];
    for (const dir of findProblemDirs(root)) {
      try {
        const p = await loadProblem(dir);
        if (map.has(p.slug)) throw new ProblemFormatError(dir, `duplicate slug "${p.slug}"`);
        map.set(p.slug, p);
      } catch (err) {
        failures.push(err as Error);
      }
    }
    return { set: new ProblemSet(root, map), failures };
  }

  /** Loads only the named problems (faster than the whole set for one CLI call). */
  static async loadSome(root: string, slugs: string[]): Promise<ProblemSet> {
    const dirs = new Map(findProblemDirs(root).map((d) => [basename(d), d]));
    const map = new Map<string, LoadedProblem>();
    for (const slug of slugs) {
      const dir = dirs.get(slug);
      if (!dir) throw new ProblemNotFoundError(slug);
      map.set(slug, await loadProblem(dir));
    }
    return new ProblemSet(root, map);
  }

  get(slug: string): LoadedProblem {
    const p = this.bySlug.get(slug);
    if (!p) throw new ProblemNotFoundError(slug);
    return p;
  }

  has(slug: string): boolean {
    return this.bySlug.has(slug);
  }

  all(): LoadedProblem[] {
    return [...this.bySlug.values()];
  }
}
