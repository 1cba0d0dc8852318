/**
 * The queue between the API and the judge. The API only enqueues submission ids; the submission itself
 * is in the database, so whatever the queue loses on a crash is found again at start-up (status
 * queued or running) and enqueued anew. The BullMQ queue of the scaled-out mode implements the same
 * interface.
 */
import { BusyError, ShuttingDownError } from './errors.js';

export interface QueueStats {
  kind: string;
  waiting: number;
  running: number;
  limit: number;
}

export interface JudgeQueue {
  /** Adds a submission. Throws BusyError when the queue is full, unless `force` (a restart's backlog). */
  enqueue(id: string, opts?: { force?: boolean }): Promise<void>;
  stats(): QueueStats;
  /**
   * Stops taking work and waits up to `graceMs` for running judgements; those still running then are
   * handed back (their results, if they come, are not written) and left for the next start.
   */
  close(graceMs: number): Promise<void>;
}

/** Judges one submission by id; never throws for anything about the submission itself. */
export type Processor = (id: string, signal: AbortSignal) => Promise<void>;

/** A FIFO in this process, judging at most `concurrency` submissions at a time. */
export class LocalQueue implements JudgeQueue {
  private readonly waiting: string[] = [];
  private head = 0;
  private readonly running = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private closed = false;

  constructor(
    private readonly processor: Processor,
    private readonly opts: {
      concurrency: number;
      limit: number;
      onError: (err: unknown, id: string) => void;
      /** Hands a judgement still running at shutdown back to the store, for the next start. */
      handBack: (id: string) => Promise<void>;
    },
  ) {}

  async enqueue(id: string, opts: { force?: boolean } = {}): Promise<void> {
    if (this.closed) throw new ShuttingDownError();
    if (!opts.force && this.size() >= this.opts.limit) throw new BusyError('the judge queue', this.retryAfter());
    this.waiting.push(id);
    this.pump();
  }

  stats(): QueueStats {
    return { kind: 'local', waiting: this.size(), running: this.running.size, limit: this.opts.limit };
  }

  async close(graceMs: number): Promise<void> {
    this.closed = true;
    const all = Promise.allSettled(this.running.values());
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([all, timeout]);
    clearTimeout(timer);
    // Whatever is still running is handed back; its processor sees the signal and writes nothing.
    this.abort.abort();
    await Promise.allSettled([...this.running.keys()].map((id) => this.opts.handBack(id)));
  }

  private size(): number {
    return this.waiting.length - this.head;
  }

  /** A guess at when a slot frees up: a second per judgement ahead per worker, at least one. */
  private retryAfter(): number {
    return Math.max(1, Math.ceil(this.size() / Math.max(1, this.opts.concurrency)));
  }

  private pump(): void {
    while (!this.closed && this.running.size < this.opts.concurrency && this.size() > 0) {
      const id = this.waiting[this.head++]!;
      if (this.head > 1024 && this.head * 2 > this.waiting.length) {
        this.waiting.splice(0, this.head);
        this.head = 0;
      }
      const job = this.processor(id, this.abort.signal)
        .catch((err: unknown) => this.opts.onError(err, id))
        .finally(() => {
          this.running.delete(id);
          this.pump();
        });
      this.running.set(id, job);
    }
  }
}
