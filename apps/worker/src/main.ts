/**
 * A judge worker (`npm run worker`): takes submissions from the BullMQ queue on REDIS_URL, judges
 * them in this process's sandbox pool, writes the verdict to the shared database (DATABASE_URL) and
 * announces it on Redis, where every API replica hears it. Start as many as the machines allow.
 * SIGTERM/SIGINT: stop taking jobs, finish the running ones within SHUTDOWN_GRACE_MS (or hand them
 * back), then close the judge, Redis and the database.
 * SIGTSTP (Ctrl-Z in a terminal): pause, that is take no new jobs and judge the ones held to the end;
 * SIGCONT (`fg`): take jobs again. A worker stopped outright (SIGSTOP) would instead let its jobs'
 * locks run out, and another worker would judge them again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Judge } from '@shousi/judge';
import {
  Catalog, type Config, ConfigError, createProcessor, JudgeWorker, loadConfig, openDatabase, redacted, RedisSubmissionEvents,
  REPO_ROOT, SubmissionStore,
} from '@shousi/submissions';
import { pino } from 'pino';

// A .env beside package.json, if there is one; variables already set win (as for the API).
const envFile = join(REPO_ROOT, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

let config: Config & { REDIS_URL: string };
try {
  const c = loadConfig();
  if (!c.REDIS_URL) throw new ConfigError('a judge worker needs REDIS_URL (the queue it consumes); the embedded mode (npm start without REDIS_URL) needs no worker');
  config = { ...c, REDIS_URL: c.REDIS_URL };
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(2);
}

const log = pino({ level: config.LOG_LEVEL, base: { pid: process.pid, role: 'worker' } });
if (!config.DATABASE_URL) log.warn('no DATABASE_URL: using SQLite in DATA_DIR, which only works when the API runs on this machine');

const catalog = await Catalog.load(config.problemsDir, log);
const { db } = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir });
const judge = await Judge.create({ workers: config.JUDGE_WORKERS });
const store = new SubmissionStore(db);
const onError = (err: unknown) => log.error({ err }, 'redis');
const events = await RedisSubmissionEvents.connect({ url: config.REDIS_URL, prefix: config.REDIS_PREFIX, listen: false, onError });
// One job more than there are sandboxes: it is fetched and marked running while the others are
// judged, and waits for a sandbox in the processor (see Slots).
const processor = createProcessor({ store, catalog, judge, events, maxAttempts: config.MAX_ATTEMPTS, judgeSlots: config.JUDGE_WORKERS, log });
const worker = await JudgeWorker.start({
  url: config.REDIS_URL,
  prefix: config.REDIS_PREFIX,
  concurrency: config.JUDGE_WORKERS + 1,
  lockMs: config.JOB_LOCK_MS,
  stalledCheckMs: config.STALLED_CHECK_MS,
  maxAttempts: config.MAX_ATTEMPTS,
  processor,
  store,
  events,
  log,
});
log.info({ redis: redacted(config.REDIS_URL), database: config.DATABASE_URL ? 'postgres' : 'sqlite', judges: config.JUDGE_WORKERS, problems: catalog.size }, 'judge worker ready');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    log.warn({ signal }, 'second signal: exiting at once');
    process.exit(1);
  }
  stopping = true;
  log.info({ signal }, 'shutting down');
  let judgeClosed = false;
  const closeJudge = async () => {
    if (judgeClosed) return;
    judgeClosed = true;
    await judge.close();
  };
  try {
    // The worker first (no new jobs, running ones finish or are handed back), then the judge under it.
    await worker.close(config.SHUTDOWN_GRACE_MS, closeJudge);
    await closeJudge();
    await events.close();
    await db.destroy();
    log.info('stopped');
    process.exit(0);
  } catch (err) {
    log.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
// Pause and resume in the order they were asked for, each after the one before; a repeated signal
// (a shell sends SIGCONT to every process of the job) changes nothing.
let paused = false;
let pausing = Promise.resolve();
const pauseOrResume = (pause: boolean) => {
  pausing = pausing.then(async () => {
    if (stopping || pause === paused) return;
    await (pause ? worker.pause() : worker.resume());
    paused = pause;
    log.info(pause ? 'paused: takes no new jobs (SIGCONT resumes)' : 'resumed: takes jobs');
  }).catch((err: unknown) => log.error({ err }, pause ? 'could not pause' : 'could not resume'));
};
process.on('SIGTSTP', () => pauseOrResume(true));
process.on('SIGCONT', () => pauseOrResume(false));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
