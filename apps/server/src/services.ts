/** Everything the routes use, created once per app and closed in order on shutdown. */
import type { Judge } from '@shousi/judge';
import type { Catalog, Config, Database, DatabaseKind, JudgeQueue, SubmissionEvents, SubmissionStore } from '@shousi/submissions';
import type { Kysely } from 'kysely';

export interface Services {
  config: Config;
  catalog: Catalog;
  judge: Judge;
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  store: SubmissionStore;
  queue: JudgeQueue;
  events: SubmissionEvents;
  /** Runs in progress; bounded by RUN_LIMIT. */
  runs: { active: number };
}
