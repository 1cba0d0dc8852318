/**
 * What the API (apps/server) and the judge workers (apps/worker) share: configuration, the named
 * errors, the problem catalogue, the database and its migrations, the submission store, the queues
 * (in-process and BullMQ), the processor that judges one submission, and verdict events (in-process
 * and on Redis). No HTTP here: routes, cookies and the error handler stay in the server.
 */
export * from './config.js';
export * from './errors.js';
export * from './catalog.js';
export * from './db/database.js';
export * from './db/migrations.js';
export * from './db/schema.js';
export * from './store.js';
export * from './queue.js';
export * from './judging.js';
export * from './slots.js';
export * from './events.js';
export * from './bullmq-queue.js';
export * from './bullmq-worker.js';
export * from './redis-events.js';
