/** Everything the routes use, created once per app and closed in order on shutdown. */
import type { Judge } from '@shousi/judge';
import type { Kysely } from 'kysely';
import type { Catalog } from './catalog.js';
import type { Config } from './config.js';
import type { DatabaseKind } from './db/database.js';
import type { Database } from './db/schema.js';
import type { SubmissionEvents } from './submissions/events.js';
import type { JudgeQueue } from './submissions/queue.js';
import type { SubmissionStore } from './submissions/store.js';

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
