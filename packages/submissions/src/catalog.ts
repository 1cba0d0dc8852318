/**
 * The problem set as the API shows it: summaries for the list, a problem's page, its solution. Built
 * from the loaded problems once; hidden tests never pass through here.
 */
import type { ProblemDetail, ProblemList, ProblemStatus, ProblemSummary, Solution } from '@shousi/contracts';
import {
  COMPILER_OPTIONS, entryShape, globalsFor, judgingStyles, type LoadedProblem, ProblemSet, SECTION_IDS, SECTIONS, TAG_IDS, TAGS,
} from '@shousi/problem-kit';
import { NotFoundError } from './errors.js';

export class Catalog {
  private readonly order: LoadedProblem[];
  private readonly details = new Map<string, ProblemDetail>();

  private constructor(readonly problems: ProblemSet) {
    // The outline's order: by section, then as the folders sort.
    this.order = problems.all().sort((a, b) => SECTION_IDS.indexOf(a.section) - SECTION_IDS.indexOf(b.section) || a.dir.localeCompare(b.dir));
  }

  /** Loads the problems under `dir`; a broken one is logged and left out, not fatal. */
  static async load(dir: string, log: { error: (obj: object, msg: string) => void }): Promise<Catalog> {
    const { set, failures } = await ProblemSet.loadValid(dir);
    for (const err of failures) log.error({ err: err.message }, 'a problem failed to load and is left out');
    return new Catalog(set);
  }

  get size(): number {
    return this.order.length;
  }

  /** The problem, or a 404 naming the slug. */
  get(slug: string): LoadedProblem {
    if (!this.problems.has(slug)) throw new NotFoundError(`no problem with slug "${slug}"`);
    return this.problems.get(slug);
  }

  list(status: Map<string, ProblemStatus>): ProblemList {
    return {
      sections: SECTION_IDS.map((id) => ({ id, name: { ...SECTIONS[id] } })),
      tags: TAG_IDS.map((id) => ({ id, name: { ...TAGS[id] } })),
      problems: this.order.map((p): ProblemSummary => ({
        slug: p.slug,
        section: p.section,
        title: p.title,
        difficulty: p.difficulty,
        tags: p.tags,
        leetcode: p.leetcode ?? null,
        status: status.get(p.slug) ?? 'none',
      })),
    };
  }

  detail(slug: string): ProblemDetail {
    const cached = this.details.get(slug);
    if (cached) return cached;
    const p = this.get(slug);
    const detail: ProblemDetail = {
      slug: p.slug,
      section: p.section,
      title: p.title,
      difficulty: p.difficulty,
      tags: p.tags,
      leetcode: p.leetcode ?? null,
      statement: p.statement,
      starter: p.starter,
      entry: {
        kind: p.entry.kind,
        name: p.entry.name,
        shape: entryShape(p.entry),
        inputFields: p.entry.kind === 'function'
          ? p.entry.params.map((f) => ({ name: f.name, type: f.type, passed: f.codec !== 'hidden' }))
          : [
              { name: 'operations', type: 'string[]', passed: true },
              { name: 'arguments', type: 'unknown[][]', passed: true },
            ],
      },
      styles: judgingStyles(p, p.sandboxFile !== null),
      checker: p.checker.style === 'float'
        ? { style: 'float', atol: p.checker.atol, rtol: p.checker.rtol }
        : { style: p.checker.style },
      samples: p.samples.map((s) => ({ input: s.input })),
      limits: { timeMs: p.limits.timeMs, memoryMb: p.limits.memoryMb },
      declarations: globalsFor(p.declarations),
      compilerOptions: { ...COMPILER_OPTIONS },
    };
    this.details.set(slug, detail);
    return detail;
  }

  solution(slug: string): Solution {
    const p = this.get(slug);
    return { slug: p.slug, code: p.solution, explanation: p.explanation, complexity: p.complexity };
  }
}
