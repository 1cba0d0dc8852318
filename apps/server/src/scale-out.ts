/**
 * What a judge worker process (apps/worker) shares with the API: configuration, the database and
 * store, the problem catalogue, the processor and the BullMQ consumer. One entry point, so that the
 * worker depends on a stated surface of this package rather than on its file layout.
 */
export { Catalog } from './catalog.js';
export { type Config, loadConfig, REPO_ROOT } from './config.js';
export { openDatabase } from './db/database.js';
export { ConfigError } from './errors.js';
export { redacted } from './submissions/bullmq-queue.js';
export { JudgeWorker } from './submissions/bullmq-worker.js';
export { createProcessor } from './submissions/judging.js';
export { RedisSubmissionEvents } from './submissions/redis-events.js';
export { SubmissionStore } from './submissions/store.js';
