/**
 * Submissions in the database. Every write that ends a judgement is conditional on the submission not
 * being done yet, so a judgement repeated after a crash can never overwrite the first result.
 */
import type { CompileError, Failure, ProblemStatus, Submission, SubmissionSummary, Verdict } from '@shousi/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { Database, SubmissionsTable } from './db/schema.js';

/** The fields of a finished judgement, as the judge returns them. */
export interface JudgementRecord {
  verdict: Verdict;
  passed: number;
  total: number;
  runtimeMs: number | null;
  memoryKb: number | null;
  failure: Failure | null;
  compileErrors: CompileError[];
}

export interface NewSubmission {
  id: string;
  owner: string;
  slug: string;
  code: string;
}

export interface HistoryPage {
  items: SubmissionSummary[];
  nextCursor: string | null;
}

type Row = Selectable<SubmissionsTable>;

export class SubmissionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(s: NewSubmission): Promise<Submission> {
    const row = await this.db
      .insertInto('submissions')
      .values({ ...s, status: 'queued', verdict: null, passed: null, total: null, runtime_ms: null, memory_kb: null, failure: null, compile_errors: '[]', created_at: now(), started_at: null, finished_at: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSubmission(row);
  }

  /** Removes a submission that was never accepted (the queue refused it). */
  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('submissions').where('id', '=', id).where('status', '=', 'queued').execute();
  }

  async get(id: string): Promise<Submission | null> {
    const row = await this.db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSubmission(row) : null;
  }

  /** The submission if `owner` owns it: another's submission is as good as absent. */
  async getOwned(id: string, owner: string): Promise<Submission | null> {
    const row = await this.db.selectFrom('submissions').selectAll().where('id', '=', id).where('owner', '=', owner).executeTakeFirst();
    return row ? toSubmission(row) : null;
  }

  /** Marks a judgement as started and counts the attempt; null if the submission is already done. */
  async start(id: string): Promise<{ slug: string; code: string; attempts: number } | null> {
    return await this.db
      .updateTable('submissions')
      .set((eb) => ({ status: 'running', started_at: now(), attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where('status', '!=', 'done')
      .returning(['slug', 'code', 'attempts'])
      .executeTakeFirst() ?? null;
  }

  /**
   * Records the verdict once: the submission as recorded if this call wrote it, null if it was already
   * done. The row comes back from the write itself, so announcing the verdict costs no second query.
   */
  async finish(id: string, r: JudgementRecord): Promise<Submission | null> {
    const row = await this.db
      .updateTable('submissions')
      .set({
        status: 'done',
        verdict: r.verdict,
        passed: r.passed,
        total: r.total,
        runtime_ms: r.runtimeMs,
        memory_kb: r.memoryKb,
        failure: r.failure ? JSON.stringify(r.failure) : null,
        compile_errors: JSON.stringify(r.compileErrors),
        finished_at: now(),
      })
      .where('id', '=', id)
      .where('status', '!=', 'done')
      .returningAll()
      .executeTakeFirst();
    return row ? toSubmission(row) : null;
  }

  /** Puts a running submission back in the queue, its attempt not counted (a graceful shutdown hands it back). */
  async requeue(id: string): Promise<void> {
    await this.db
      .updateTable('submissions')
      .set((eb) => ({ status: 'queued', attempts: eb('attempts', '-', 1) }))
      .where('id', '=', id)
      .where('status', '=', 'running')
      .execute();
  }

  /** Queued or running submissions, oldest first: what a restart must finish. */
  async unfinished(): Promise<{ id: string; attempts: number }[]> {
    return await this.db
      .selectFrom('submissions')
      .select(['id', 'attempts'])
      .where('status', 'in', ['queued', 'running'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** The caller's submissions, newest first, a page at a time. */
  async history(owner: string, opts: { slug?: string; limit: number; cursor?: Cursor }): Promise<HistoryPage> {
    let q = this.db
      .selectFrom('submissions')
      .select(['id', 'slug', 'status', 'verdict', 'passed', 'total', 'runtime_ms', 'memory_kb', 'created_at', 'finished_at'])
      .where('owner', '=', owner);
    if (opts.slug) q = q.where('slug', '=', opts.slug);
    const c = opts.cursor;
    if (c) q = q.where((eb) => eb.or([eb('created_at', '<', c.createdAt), eb.and([eb('created_at', '=', c.createdAt), eb('id', '<', c.id)])]));
    const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(opts.limit + 1).execute();
    const page = rows.slice(0, opts.limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        id: r.id,
        slug: r.slug,
        status: r.status,
        verdict: r.verdict as Verdict | null,
        passed: r.passed,
        total: r.total,
        runtimeMs: r.runtime_ms,
        memoryKb: r.memory_kb,
        createdAt: r.created_at,
        finishedAt: r.finished_at,
      })),
      nextCursor: rows.length > opts.limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
    };
  }

  /** The caller's progress per problem: solved (an Accepted), attempted (any submission). */
  async statusBySlug(owner: string): Promise<Map<string, ProblemStatus>> {
    const rows = await this.db
      .selectFrom('submissions')
      .select(['slug', 'verdict'])
      .where('owner', '=', owner)
      .groupBy(['slug', 'verdict'])
      .execute();
    const status = new Map<string, ProblemStatus>();
    for (const r of rows) {
      if (r.verdict === 'AC') status.set(r.slug, 'solved');
      else if (!status.has(r.slug)) status.set(r.slug, 'attempted');
    }
    return status;
  }
}

export interface Cursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.createdAt}|${c.id}`, 'utf8').toString('base64url');
}

/** Null for anything that is not a cursor this server issued. */
export function decodeCursor(s: string): Cursor | null {
  const [createdAt, id, ...rest] = Buffer.from(s, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !createdAt || !id || Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, id };
}

function toSubmission(r: Row): Submission {
  return {
    id: r.id,
    slug: r.slug,
    status: r.status,
    code: r.code,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    verdict: r.verdict as Verdict | null,
    passed: r.passed,
    total: r.total,
    runtimeMs: r.runtime_ms,
    memoryKb: r.memory_kb,
    failure: r.failure ? (JSON.parse(r.failure) as Failure) : null,
    compileErrors: JSON.parse(r.compile_errors) as CompileError[],
  };
}

function now(): string {
  return new Date().toISOString();
}
