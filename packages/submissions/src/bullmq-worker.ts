/**
 * The consuming side of the BullMQ queue: a judge worker process (apps/worker) runs one JudgeWorker,
 * which feeds each job's submission id to the same processor the embedded mode uses.
 *
 * What keeps a submission from being lost or judged into two results:
 * - a worker killed mid-judgement stops renewing its job's lock; another worker's stalled check puts
 *   the job back within about JOB_LOCK_MS + STALLED_CHECK_MS, and the store counts the attempt;
 * - the processor records IE itself once the store has counted more than MAX_ATTEMPTS attempts, and
 *   a job whose worker kept failing (the database down, say) is retried with backoff and ends as IE
 *   in the `failed` handler once BullMQ's attempts run out;
 * - every result write is conditional on the submission not being done (store.finish), so a
 *   redelivered job that races the first judgement cannot overwrite it.
 */
import { type Job, WaitingError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { JUDGE_QUEUE, type JudgeJobData, redisConnection } from './bullmq-queue.js';
import type { SubmissionEvents } from './events.js';
import { internalError } from './judging.js';
import type { Processor } from './queue.js';
import type { SubmissionStore } from './store.js';

export interface JudgeWorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JudgeWorkerOptions {
  url: string;
  prefix: string;
  /** Jobs held at once: the judge's sandbox processes, plus any fetched ahead (see Slots). */
  concurrency: number;
  lockMs: number;
  stalledCheckMs: number;
  maxAttempts: number;
  processor: Processor;
  store: SubmissionStore;
  events: SubmissionEvents;
  log: JudgeWorkerLog;
}

export class JudgeWorker {
  private readonly abort = new AbortController();
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly worker: Worker<JudgeJobData>,
    private readonly connection: Redis,
  ) {}

  static async start(opts: JudgeWorkerOptions): Promise<JudgeWorker> {
    const { log } = opts;
    const connection = redisConnection(opts.url, 'shousi-worker');
    let self: JudgeWorker | undefined;
    const worker = new Worker<JudgeJobData>(
      JUDGE_QUEUE,
      async (job: Job<JudgeJobData>, token?: string) => {
        const signal = self!.abort.signal;
        await opts.processor(job.data.id, signal);
        if (signal.aborted) {
          // Shutting down past the grace period: the processor handed the submission back to the store;
          // hand the job back to the queue too, without spending one of its attempts.
          await job.moveToWait(token);
          throw new WaitingError();
        }
      },
      {
        connection,
        prefix: opts.prefix,
        concurrency: opts.concurrency,
        lockDuration: opts.lockMs,
        stalledInterval: opts.stalledCheckMs,
        // The store's attempt count decides IE (see the processor); BullMQ must not fail a stalled job first.
        maxStalledCount: opts.maxAttempts + 1,
        autorun: false,
      },
    );
    self = new JudgeWorker(worker, connection);
    worker.on('error', (err) => log.error({ err }, 'the queue connection failed'));
    worker.on('stalled', (id) => log.warn({ submission: id }, 'a job\'s worker stopped answering; the job is judged again'));
    worker.on('failed', (job, err) => {
      if (!job) return;
      const attempts = job.opts.attempts ?? 1;
      if (job.attemptsMade < attempts) {
        log.warn({ err, submission: job.data.id, attempt: job.attemptsMade }, 'judging failed; it will be retried');
        return;
      }
      log.error({ err, submission: job.data.id, attempts: job.attemptsMade }, 'judging failed on every attempt; recording IE');
      giveUp(opts, job.data.id, job.attemptsMade, err).catch((e: unknown) =>
        log.error({ err: e, submission: job.data.id }, 'could not record IE; the next API start finds the submission again'));
    });
    void worker.run().catch((err: unknown) => log.error({ err }, 'the worker stopped'));
    await worker.waitUntilReady();
    return self;
  }

  /**
   * Stops taking jobs and resolves once the ones it holds are judged: an operator drains a worker this
   * way (SIGTSTP, see apps/worker) without handing any job back. The queue keeps them for the others.
   */
  pause(): Promise<void> {
    return this.worker.pause();
  }

  /** Takes jobs again after `pause`; nothing if it was not paused. */
  resume(): Promise<void> {
    return this.worker.resume();
  }

  /**
   * Stops taking jobs and waits up to `graceMs` for the running ones. Past that, the signal tells the
   * processors to hand their submissions back (`onGraceOver` should then tear the judge down so they
   * return quickly). Resolves when the worker and its connection are closed.
   */
  async close(graceMs: number, onGraceOver: () => Promise<void>): Promise<void> {
    this.closing ??= this.worker.close();
    let timer: NodeJS.Timeout | undefined;
    const overdue = await Promise.race([
      this.closing.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs))),
    ]);
    clearTimeout(timer);
    if (overdue) {
      this.abort.abort();
      await onGraceOver();
    }
    await this.closing;
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}

async function giveUp(opts: JudgeWorkerOptions, id: string, attempts: number, err: Error): Promise<void> {
  const record = internalError(`judging failed ${attempts} times (${err.message}); this submission is not judged again`);
  const submission = await opts.store.finish(id, record);
  if (submission) opts.events.publish(id, { type: 'done', submission });
}
