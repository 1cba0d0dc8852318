/** The tables as Kysely sees them. Timestamps are ISO-8601 text and JSON is text, so that one query works on SQLite and PostgreSQL alike. */
import type { Generated } from 'kysely';

export interface SubmissionsTable {
  id: string;
  owner: string;
  slug: string;
  code: string;
  status: 'queued' | 'running' | 'done';
  verdict: string | null;
  passed: number | null;
  total: number | null;
  runtime_ms: number | null;
  memory_kb: number | null;
  /** JSON of the first failing case. */
  failure: string | null;
  /** JSON array of compile errors. */
  compile_errors: string;
  /** Judging attempts started: a crash or restart mid-judgement leaves one spent. */
  attempts: Generated<number>;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface Database {
  submissions: SubmissionsTable;
}
