/**
 * The BullMQ pieces in one process, on a real Redis (SHOUSI_TEST_REDIS_URL; skipped with a message
 * without it) and an in-memory SQLite store: duplicate jobs collapse, a full queue refuses, events
 * cross between processes' connections, a submission whose judging fails on every attempt ends
 * as IE exactly once, and a paused worker takes no job until resumed.
 */
import { Queue } from 'bullmq';
import type { SubmissionEvent } from '@shousi/contracts';
import {
  BullmqQueue, BusyError, type Database, JUDGE_QUEUE, JudgeWorker, openDatabase, RedisSubmissionEvents, SubmissionStore,
} from '@shousi/submissions';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropRedisPrefix, explainSkip, freshRedisPrefix as newPrefix, TEST_REDIS_URL } from '../../server/test/backing.js';

if (!TEST_REDIS_URL) explainSkip('the BullMQ queue, worker and Redis events tests', ['SHOUSI_TEST_REDIS_URL']);

const silent = { info() {}, warn() {}, error() {} };
const prefixes: string[] = [];
const freshRedisPrefix = () => {
  const p = newPrefix();
  prefixes.push(p);
  return p;
};
const errors: unknown[] = [];
const onError = (err: unknown) => void errors.push(err);

describe.skipIf(!TEST_REDIS_URL)('BullMQ queue, judge worker and Redis events', () => {
  const url = TEST_REDIS_URL!;
  let db: Kysely<Database>;
  let store: SubmissionStore;
  const closers: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    db = (await openDatabase({ dataDir: ':memory:' })).db;
    store = new SubmissionStore(db);
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await db?.destroy();
    for (const p of prefixes) await dropRedisPrefix(TEST_REDIS_URL!, p);
    expect(errors).toEqual([]);
  });

  it('collapses a duplicate enqueue into one job, and refuses past the limit unless forced', async () => {
    const prefix = freshRedisPrefix();
    const queue = await BullmqQueue.connect({ url, prefix, limit: 2, attempts: 3, onError });
    const raw = new Queue(JUDGE_QUEUE, { connection: { host: new URL(url).hostname, port: Number(new URL(url).port || 6379) }, prefix });
    closers.push(() => queue.close(0), async () => {
      await raw.obliterate({ force: true });
      await raw.close();
    });
    await queue.enqueue('a');
    await queue.enqueue('a');
    expect(await raw.getWaitingCount()).toBe(1);
    await queue.enqueue('b');
    const refused = await queue.enqueue('c').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BusyError);
    expect((refused as BusyError).code).toBe('busy');
    await queue.enqueue('c', { force: true }); // a restart's backlog is never refused
    expect(await raw.getWaitingCount()).toBe(3);
    expect(queue.stats()).toMatchObject({ kind: 'bullmq', limit: 2 });
  });

  it('delivers an event published on one connection to a listener on another', async () => {
    const prefix = freshRedisPrefix();
    const api = await RedisSubmissionEvents.connect({ url, prefix, listen: true, onError });
    const worker = await RedisSubmissionEvents.connect({ url, prefix, listen: false, onError });
    const other = await RedisSubmissionEvents.connect({ url, prefix: freshRedisPrefix(), listen: true, onError });
    closers.push(() => api.close(), () => worker.close(), () => other.close());
    const got: SubmissionEvent[] = [];
    const strays: SubmissionEvent[] = [];
    const unsubscribe = api.subscribe('s1', (e) => got.push(e));
    other.subscribe('s1', (e) => strays.push(e)); // another deployment's prefix hears nothing
    api.subscribe('s2', () => strays.push({ type: 'status', id: 's2', status: 'queued' }));
    worker.publish('s1', { type: 'status', id: 's1', status: 'running' });
    await expect.poll(() => got.length).toBe(1);
    expect(got[0]).toEqual({ type: 'status', id: 's1', status: 'running' });
    unsubscribe();
    worker.publish('s1', { type: 'status', id: 's1', status: 'running' });
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toHaveLength(1);
    expect(strays).toEqual([]);
  });

  it('judges each job once, and records IE once a submission\'s judging failed on every attempt', async () => {
    const prefix = freshRedisPrefix();
    const queue = await BullmqQueue.connect({ url, prefix, limit: 100, attempts: 2, onError });
    const events = await RedisSubmissionEvents.connect({ url, prefix, listen: true, onError });
    const good = await store.create({ id: 'good-1', owner: 'o', slug: 'climbing-stairs', code: 'x' });
    const bad = await store.create({ id: 'bad-1', owner: 'o', slug: 'climbing-stairs', code: 'x' });
    const calls = new Map<string, number>();
    const worker = await JudgeWorker.start({
      url, prefix, concurrency: 2, lockMs: 5_000, stalledCheckMs: 1_000, maxAttempts: 3, store, events, log: silent,
      processor: async (id) => {
        calls.set(id, (calls.get(id) ?? 0) + 1);
        if (id === bad.id) throw new Error('the database went away');
        await store.start(id);
        await store.finish(id, { verdict: 'AC', passed: 1, total: 1, runtimeMs: 1, memoryKb: 1, failure: null, compileErrors: [] });
      },
    });
    closers.push(() => worker.close(1_000, async () => {}), () => events.close(), () => queue.close(0));
    const done: string[] = [];
    events.subscribe(bad.id, (e) => e.type === 'done' && done.push(e.submission.verdict!));

    await queue.enqueue(good.id);
    await queue.enqueue(bad.id);
    await expect.poll(async () => (await store.get(bad.id))?.status, { timeout: 20_000, interval: 200 }).toBe('done');
    expect((await store.get(good.id))!.verdict).toBe('AC');
    const failed = (await store.get(bad.id))!;
    expect(failed.verdict).toBe('IE');
    expect(failed.compileErrors[0]!.message).toContain('judging failed 2 times');
    expect(Object.fromEntries(calls)).toEqual({ [good.id]: 1, [bad.id]: 2 });
    await expect.poll(() => done).toEqual(['IE']);
  });

  it('pauses: judges the job it holds to the end, takes no other until resumed', async () => {
    const prefix = freshRedisPrefix();
    const queue = await BullmqQueue.connect({ url, prefix, limit: 100, attempts: 1, onError });
    const events = await RedisSubmissionEvents.connect({ url, prefix, listen: false, onError });
    closers.push(() => events.close(), () => queue.close(0));
    const held = await store.create({ id: 'pause-held', owner: 'o', slug: 'climbing-stairs', code: 'x' });
    const later = await store.create({ id: 'pause-later', owner: 'o', slug: 'climbing-stairs', code: 'x' });
    let release: () => void = () => {};
    const started: string[] = [];
    const worker = await JudgeWorker.start({
      url, prefix, concurrency: 1, lockMs: 5_000, stalledCheckMs: 1_000, maxAttempts: 3, store, events, log: silent,
      processor: async (id) => {
        started.push(id);
        await store.start(id);
        if (id === held.id) await new Promise<void>((r) => (release = r));
        await store.finish(id, { verdict: 'AC', passed: 1, total: 1, runtimeMs: 1, memoryKb: 1, failure: null, compileErrors: [] });
      },
    });
    closers.push(() => worker.close(1_000, async () => {}));
    await queue.enqueue(held.id);
    await expect.poll(() => started).toEqual([held.id]);
    let paused = false;
    const pausing = worker.pause().then(() => (paused = true));
    await queue.enqueue(later.id);
    await new Promise((r) => setTimeout(r, 300));
    expect(paused).toBe(false); // still judging the job it holds
    release();
    await pausing;
    expect((await store.get(held.id))!.verdict).toBe('AC');
    // Long enough for an unpaused worker to take the waiting job several times over (it took the first at once).
    await new Promise((r) => setTimeout(r, 1_500));
    expect(started).toEqual([held.id]);
    expect((await store.get(later.id))!.status).toBe('queued');
    await worker.resume();
    await expect.poll(async () => (await store.get(later.id))?.verdict, { timeout: 10_000, interval: 100 }).toBe('AC');
    expect(started).toEqual([held.id, later.id]);
  });

  it('hands a running job back to the queue when a worker\'s shutdown outlasts its grace, and another worker judges it', async () => {
    const prefix = freshRedisPrefix();
    const queue = await BullmqQueue.connect({ url, prefix, limit: 100, attempts: 1, onError });
    const events = await RedisSubmissionEvents.connect({ url, prefix, listen: false, onError });
    closers.push(() => events.close(), () => queue.close(0));
    const s = await store.create({ id: 'slow-1', owner: 'o', slug: 'climbing-stairs', code: 'x' });
    const options = { url, prefix, concurrency: 1, lockMs: 5_000, stalledCheckMs: 1_000, maxAttempts: 3, store, events, log: silent };
    let running = false;
    const first = await JudgeWorker.start({
      ...options,
      // Judges for ever, unless told to stop: then it hands the submission back, as the real processor does.
      processor: async (id, signal) => {
        await store.start(id);
        running = true;
        await new Promise((r) => signal.addEventListener('abort', r, { once: true }));
        await store.requeue(id);
      },
    });
    await queue.enqueue(s.id);
    await expect.poll(() => running).toBe(true);
    let graceOver = false;
    await first.close(300, async () => {
      graceOver = true;
    });
    expect(graceOver).toBe(true);
    expect(await db.selectFrom('submissions').select(['status', 'attempts']).where('id', '=', s.id).executeTakeFirstOrThrow()).toEqual({ status: 'queued', attempts: 0 });

    const second = await JudgeWorker.start({
      ...options,
      processor: async (id) => {
        await store.start(id);
        await store.finish(id, { verdict: 'AC', passed: 1, total: 1, runtimeMs: 1, memoryKb: 1, failure: null, compileErrors: [] });
      },
    });
    closers.push(() => second.close(1_000, async () => {}));
    await expect.poll(async () => (await store.get(s.id))?.verdict, { timeout: 20_000, interval: 100 }).toBe('AC');
    // The hand-back spent neither a BullMQ attempt (attempts: 1 would have failed the job) nor a store attempt.
    expect((await db.selectFrom('submissions').select('attempts').where('id', '=', s.id).executeTakeFirstOrThrow()).attempts).toBe(1);
  });
});
