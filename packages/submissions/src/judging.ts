/**
 * Judges one submission: marks it running, runs the judge, records the verdict once and announces it.
 * A submission whose judging was interrupted too often (it crashed the process, or restarts kept
 * catching it) ends as IE instead of being retried for ever.
 */
import type { Judge, JudgeResult } from '@shousi/judge';
import type { Catalog } from './catalog.js';
import type { SubmissionEvents } from './events.js';
import { Slots } from './slots.js';
import type { JudgementRecord, SubmissionStore } from './store.js';

export interface JudgingDeps {
  store: SubmissionStore;
  catalog: Catalog;
  judge: Judge;
  events: SubmissionEvents;
  maxAttempts: number;
  /**
   * Judgements at once, when the queue hands over more submissions than that (a judge worker's
   * prefetch, see Slots); by default every submission handed over is judged at once.
   */
  judgeSlots?: number;
  /** The API's Fastify logger or a worker's pino logger: only `error` is used. */
  log: { error: (obj: object, msg: string) => void };
}

export function internalError(message: string): JudgementRecord {
  return { verdict: 'IE', passed: 0, total: 0, runtimeMs: null, memoryKb: null, failure: null, compileErrors: [{ line: 1, column: 1, message }] };
}

export function createProcessor(deps: JudgingDeps): (id: string, signal: AbortSignal) => Promise<void> {
  const { store, events } = deps;
  const slots = deps.judgeSlots ? new Slots(deps.judgeSlots) : null;
  return async (id, signal) => {
    const job = await store.start(id);
    if (!job) {
      // Already done: a duplicate delivery, which happens when a worker died after recording the
      // verdict and before the queue heard of it, perhaps before announcing it too. Announce it
      // (again): a browser waiting on the verdict would otherwise wait for ever, and `done` twice
      // carries the one recorded result twice.
      const done = await store.get(id);
      if (done?.status === 'done') events.publish(id, { type: 'done', submission: done });
      return;
    }
    const release = slots ? await slots.acquire() : () => {};
    let record: JudgementRecord;
    try {
      if (signal.aborted) {
        // Shut down while it waited for a sandbox: hand it back untouched.
        await store.requeue(id);
        return;
      }
      events.publish(id, { type: 'status', id, status: 'running' });
      record = await judgeOne(deps, id, job);
    } finally {
      release();
    }
    if (signal.aborted) {
      // Shutting down: the judge may have been torn down under this judgement. Hand it back.
      await store.requeue(id);
      return;
    }
    const submission = await store.finish(id, record);
    if (submission) events.publish(id, { type: 'done', submission });
  };
}

/** The judge's record for a submission taken from the store, or IE when it must not be judged. */
async function judgeOne(deps: JudgingDeps, id: string, job: { slug: string; code: string; attempts: number }): Promise<JudgementRecord> {
  if (job.attempts > deps.maxAttempts) {
    return internalError(`judging was interrupted ${job.attempts - 1} times; this submission is not judged again`);
  }
  if (!deps.catalog.problems.has(job.slug)) return internalError(`the problem "${job.slug}" no longer exists`);
  try {
    return toRecord(await deps.judge.submit(deps.catalog.get(job.slug), job.code));
  } catch (err) {
    deps.log.error({ err, submission: id }, 'the judge failed');
    return internalError('the judge failed on this submission; it has been logged');
  }
}

function toRecord(r: JudgeResult): JudgementRecord {
  return {
    verdict: r.verdict,
    passed: r.passed,
    total: r.total,
    runtimeMs: r.runtimeMs,
    memoryKb: r.memoryKb,
    failure: r.failure ? { ...r.failure, input: r.failure.input } : null,
    compileErrors: r.compileErrors,
  };
}
