/**
 * The scaled-out queue: BullMQ on Redis. The API only adds jobs (`{ id }`); judge workers
 * (`npm run worker`, apps/worker) take them. The submission itself stays in the database, which is the
 * truth about whether it is judged: a job is only a delivery, so a duplicate delivery costs nothing
 * (the store refuses to start a finished submission) and a lost one is found again by `recover()`.
 */
import { type JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { BusyError, ShuttingDownError } from './errors.js';
import type { JudgeQueue, QueueStats } from './queue.js';

/** The BullMQ queue's name; its keys are `<REDIS_PREFIX>:judge:*`. */
export const JUDGE_QUEUE = 'judge';

export interface JudgeJobData {
  id: string;
}

/** How often the API refreshes the counts that /api/health and the submit route read synchronously. */
const STATS_REFRESH_MS = 1_000;

/**
 * Options of every judge job. jobId = the submission id: adding a submission that is already waiting
 * or running collapses into the existing job. Finished jobs are removed at once, so that a later
 * re-add (a restart's `recover()`) is a real delivery, not swallowed by an old completed job.
 */
export function judgeJobOptions(id: string, attempts: number): JobsOptions {
  return {
    jobId: id,
    attempts,
    // An attempt fails only when the worker itself failed (the database unreachable, say): give the
    // cause a moment to pass before the next try.
    backoff: { type: 'exponential', delay: 1_000 },
    removeOnComplete: true,
    removeOnFail: true,
  };
}

/** A Redis connection as BullMQ wants it: commands wait for a reconnect instead of failing. */
export function redisConnection(url: string, name: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, connectionName: name });
}

export interface BullmqQueueOptions {
  url: string;
  prefix: string;
  /** Submissions waiting beyond which `enqueue` refuses with BusyError (as LocalQueue does). */
  limit: number;
  /** Delivery attempts of one job before the worker records IE. */
  attempts: number;
  onError: (err: unknown) => void;
}

export class BullmqQueue implements JudgeQueue {
  private counts = { waiting: 0, running: 0 };
  private closed = false;
  private readonly timer: NodeJS.Timeout;

  private constructor(
    private readonly queue: Queue<JudgeJobData>,
    private readonly connection: Redis,
    private readonly opts: BullmqQueueOptions,
  ) {
    this.timer = setInterval(() => void this.refresh().catch(opts.onError), STATS_REFRESH_MS);
    this.timer.unref();
  }

  /** Connects and reads the counts once, so that a wrong REDIS_URL fails the start, not the first submit. */
  static async connect(opts: BullmqQueueOptions): Promise<BullmqQueue> {
    const connection = redisConnection(opts.url, 'shousi-api');
    const queue = new Queue<JudgeJobData>(JUDGE_QUEUE, { connection, prefix: opts.prefix });
    queue.on('error', opts.onError);
    const q = new BullmqQueue(queue, connection, opts);
    try {
      await withTimeout(q.refresh(), 10_000, `Redis at ${redacted(opts.url)} did not answer`);
    } catch (err) {
      await q.close(0);
      throw err;
    }
    return q;
  }

  async enqueue(id: string, opts: { force?: boolean } = {}): Promise<void> {
    if (this.closed) throw new ShuttingDownError();
    if (!opts.force) {
      // The cached count can be a second old; the limit is checked against Redis itself.
      await this.refresh();
      if (this.counts.waiting >= this.opts.limit) throw new BusyError('the judge queue', this.retryAfter());
    }
    await this.queue.add('judge', { id }, judgeJobOptions(id, this.opts.attempts));
    this.counts.waiting++;
  }

  stats(): QueueStats {
    return { kind: 'bullmq', waiting: this.counts.waiting, running: this.counts.running, limit: this.opts.limit };
  }

  /** The API runs no judgements: closing only stops adding. Running jobs belong to the workers. */
  async close(_graceMs: number): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    await this.queue.close().catch(this.opts.onError);
    await this.connection.quit().catch(() => this.connection.disconnect());
  }

  private async refresh(): Promise<void> {
    const c = await this.queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
    this.counts = { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c.delayed ?? 0), running: c.active ?? 0 };
  }

  /** A guess at when a place frees up: a second per ten submissions ahead, at least one. */
  private retryAfter(): number {
    return Math.max(1, Math.ceil(this.counts.waiting / 10));
  }
}

/** The URL without its password, for messages. */
export function redacted(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the configured URL';
  }
}

async function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
