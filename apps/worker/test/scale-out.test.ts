/**
 * The scaled-out mode for real: two API processes and three judge worker processes on one Redis and
 * one PostgreSQL, a stream of mixed submissions, one worker killed with SIGKILL mid-run, and the other
 * two paused (SIGTSTP) and resumed (SIGCONT) after it. Every submission must end with the verdict its
 * code deserves, and exactly one result each, announced by a `done` event (twice at most for the one
 * the killed worker had recorded), and no IE.
 *
 * Needs SHOUSI_TEST_REDIS_URL and SHOUSI_TEST_DATABASE_URL (.ci/run sets them); each run gets a fresh
 * database and Redis key prefix. SHOUSI_SCALE_SUBMISSIONS sets the number of submissions (default 60).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Submission, SubmissionEvent } from '@shousi/contracts';
import { openDatabase } from '@shousi/submissions';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropRedisPrefix, explainSkip, type FreshDatabase, freshPostgres, freshRedisPrefix, TEST_DATABASE_URL, TEST_REDIS_URL } from '../../server/test/backing.js';
import { CLIMB_AC, CLIMB_CE, CLIMB_TLE, CLIMB_WA, problemsDir } from '../../server/test/helpers.js';
import { API_SCRIPT, LISTENING, procs, startProcess, WORKER_READY, WORKER_SCRIPT } from './cluster.js';

const enabled = TEST_DATABASE_URL !== undefined && TEST_REDIS_URL !== undefined;
if (!enabled) explainSkip('the scale-out test (2 APIs, 3 workers, a SIGKILL)', ['SHOUSI_TEST_DATABASE_URL', 'SHOUSI_TEST_REDIS_URL']);

const COUNT = Number(process.env.SHOUSI_SCALE_SUBMISSIONS ?? 60);
/** Start-up of five processes on a loaded two-core machine alone can take a minute or two. */
const TIMEOUT_MS = 20 * 60_000;
/** The mix, repeated: mostly quick verdicts, and a TLE in eight that holds a sandbox for its time limit. */
const MIX: [string, string][] = [[CLIMB_AC, 'AC'], [CLIMB_WA, 'WA'], [CLIMB_AC, 'AC'], [CLIMB_CE, 'CE'], [CLIMB_AC, 'AC'], [CLIMB_WA, 'WA'], [CLIMB_TLE, 'TLE'], [CLIMB_AC, 'AC']];

/**
 * Correct and slow (60 ms a test, 45 tests: seconds a judgement). Three of them side by side in the
 * queue occupy all three workers at once, so that the SIGKILL lands in the middle of a judgement:
 * with quick judgements alone it could land after a verdict was recorded, and nothing was redone.
 */
const CLIMB_SLOW = 'function climbStairs(n: number): number {\n  const end = Date.now() + 60;\n  while (Date.now() < end) {}\n  let a = 1, b = 1;\n  for (let i = 0; i < n; i++) [a, b] = [b, a + b];\n  return a;\n}\n';
const SLOW_AT = [0, 1, 2].map((k) => Math.floor(COUNT / 3) + k);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!enabled)('scaled out: 2 APIs and 3 judge workers on Redis and PostgreSQL', () => {
  let fresh: FreshDatabase;
  let prefix: string;
  let listener: Redis;
  const doneEvents = new Map<string, number>();

  beforeAll(async () => {
    fresh = await freshPostgres(TEST_DATABASE_URL!);
    // Migrate once up front; the processes then find the schema in place.
    const { db } = await openDatabase({ url: fresh.url, dataDir: ':memory:' });
    await db.destroy();
    prefix = freshRedisPrefix();
    listener = new Redis(TEST_REDIS_URL!);
    await listener.subscribe(`${prefix}:submission-events`);
    listener.on('message', (_channel: string, message: string) => {
      const { id, event } = JSON.parse(message) as { id: string; event: SubmissionEvent };
      if (event.type === 'done') doneEvents.set(id, (doneEvents.get(id) ?? 0) + 1);
    });
  });

  afterAll(async () => {
    for (const p of procs.splice(0)) if (p.proc.exitCode === null && p.proc.signalCode === null) p.proc.kill('SIGKILL');
    await listener?.quit();
    if (prefix) await dropRedisPrefix(TEST_REDIS_URL!, prefix);
    await fresh?.drop();
  });

  it(`judges ${COUNT} mixed submissions with one worker killed mid-run and two paused: the right verdict, exactly once each`, async () => {
    const env = {
      REDIS_URL: TEST_REDIS_URL!,
      REDIS_PREFIX: prefix,
      DATABASE_URL: fresh.url,
      PROBLEMS_DIR: problemsDir(),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'shousi-data-')),
      // Replicas must agree on the cookie secret, or a client's identity depends on the replica it hits.
      COOKIE_SECRET: 'scale-out-test-secret-0123456789abcdef',
      RATE_LIMIT_SUBMIT: '0',
      RATE_LIMIT_RUN: '0',
      QUEUE_LIMIT: '100000',
      JUDGE_WORKERS: '1',
      // A killed worker's job comes back within a few seconds, not the production half-minute.
      JOB_LOCK_MS: '5000',
      STALLED_CHECK_MS: '2000',
      LOG_LEVEL: 'info',
      PORT: '0',
      HOST: '127.0.0.1',
    };
    const bootStarted = Date.now();
    const [api1, api2, ...workers] = await Promise.all([
      startProcess(API_SCRIPT, env, LISTENING),
      startProcess(API_SCRIPT, env, LISTENING),
      startProcess(WORKER_SCRIPT, env, WORKER_READY),
      startProcess(WORKER_SCRIPT, env, WORKER_READY),
      startProcess(WORKER_SCRIPT, env, WORKER_READY),
    ]);
    const bootMs = Date.now() - bootStarted;
    const bases = [api1!.match[1]!, api2!.match[1]!];
    const health = await (await fetch(`${bases[0]}/api/health`)).json();
    expect(health).toMatchObject({ database: 'postgres', queue: { kind: 'bullmq' } });
    const cookie = (await fetch(`${bases[0]}/api/health`)).headers.getSetCookie()[0]!.split(';')[0]!;
    const headers = { cookie, 'content-type': 'application/json' };

    // A verdict reaches an SSE stream on the other replica than the one that took the submission.
    const first = await fetch(`${bases[0]}/api/submissions`, { method: 'POST', headers, body: JSON.stringify({ slug: 'climbing-stairs', code: CLIMB_AC }) });
    expect(first.status).toBe(202);
    const firstId = ((await first.json()) as { id: string }).id;
    const stream = await fetch(`${bases[1]}/api/submissions/${firstId}/events`, { headers: { cookie } });
    const text = await stream.text(); // ends after the verdict
    expect(text).toMatch(/event: done\ndata: .*"verdict":"AC"/);

    const sseMs = Date.now() - bootStarted - bootMs;
    const started = Date.now();
    const expected = new Map<string, string>([[firstId, 'AC']]);
    const slowIds: string[] = [];
    // Eight clients at a time, alternating between the two replicas.
    const submitOne = async (i: number) => {
      const [code, verdict] = SLOW_AT.includes(i) ? [CLIMB_SLOW, 'AC'] : MIX[i % MIX.length]!;
      const res = await fetch(`${bases[i % 2]}/api/submissions`, { method: 'POST', headers, body: JSON.stringify({ slug: 'climbing-stairs', code }) });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      expected.set(id, verdict);
      if (SLOW_AT.includes(i)) slowIds.push(id);
    };
    const { db } = await openDatabase({ url: fresh.url, dataDir: ':memory:' });
    try {
      const doneCount = async () => Number((await db.selectFrom('submissions').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'done').executeTakeFirstOrThrow()).n);
      // Kill a worker once the three slow submissions run, one on each worker: it dies mid-judgement.
      // Watched from the start, as the workers may reach them while the rest is still being posted.
      const deadline = Date.now() + TIMEOUT_MS - 2 * 60_000;
      const slowRunning = async () => slowIds.length < SLOW_AT.length ? 0
        : (await db.selectFrom('submissions').select('id').where('id', 'in', slowIds).where('status', '=', 'running').execute()).length;
      const allSlowRunning = (async () => {
        while ((await slowRunning()) < SLOW_AT.length) {
          if (Date.now() > deadline) throw new Error(`stuck before the kill:\n${workers.map((w) => w.log().slice(-3000)).join('\n---\n')}`);
          await sleep(50);
        }
      })();
      allSlowRunning.catch(() => {}); // awaited below; a failure must not count as unhandled meanwhile
      for (let i = 0; i < COUNT - 1; i += 8) {
        await Promise.all(Array.from({ length: Math.min(8, COUNT - 1 - i) }, (_, k) => submitOne(i + k)));
      }
      const submittedMs = Date.now() - started;
      await allSlowRunning;
      const victim = workers[0]!;
      victim.proc.kill('SIGKILL');
      await new Promise((r) => victim.proc.once('exit', r));
      const killedAt = await doneCount();

      // The survivors paused as an operator drains them (SIGTSTP): each judges what it holds, then
      // takes nothing more, until SIGCONT.
      const survivors = workers.slice(1);
      for (const w of survivors) w.proc.kill('SIGTSTP');
      await expect.poll(() => survivors.every((w) => w.log().includes('paused: takes no new jobs')), { timeout: 60_000, interval: 100 }).toBe(true);
      const pausedAt = await doneCount();
      expect(pausedAt).toBeLessThan(expected.size);
      await sleep(1_500);
      expect(await doneCount()).toBe(pausedAt);
      for (const w of survivors) w.proc.kill('SIGCONT');

      while ((await doneCount()) < expected.size) {
        if (Date.now() > deadline) {
          const left = await db.selectFrom('submissions').select(['id', 'status', 'attempts']).where('status', '!=', 'done').execute();
          throw new Error(`not all judged: ${JSON.stringify(left.slice(0, 10))}\n${workers.slice(1).map((w) => w.log().slice(-3000)).join('\n---\n')}`);
        }
        await sleep(250);
      }
      const elapsedMs = Date.now() - started;

      const rows = await db.selectFrom('submissions').select(['id', 'status', 'verdict', 'attempts']).execute();
      expect(rows).toHaveLength(expected.size);
      const wrong = rows.filter((r) => r.verdict !== expected.get(r.id)).map((r) => ({ ...r, expected: expected.get(r.id) }));
      expect(wrong).toEqual([]);
      // Through the API too (either replica), as a client sees it.
      for (const [i, id] of [...expected.keys()].slice(0, 8).entries()) {
        const s = (await (await fetch(`${bases[i % 2]}/api/submissions/${id}`, { headers })).json()) as Submission;
        expect(s.verdict).toBe(expected.get(id));
      }
      // Every verdict announced: a `done` event for each submission, from the write that won. Twice
      // only for one the killed worker had recorded but not handed back: its redelivery announces it
      // again (it may have died before announcing), with the one recorded result.
      await sleep(500);
      const events = [...expected.keys()].map((id) => doneEvents.get(id) ?? 0);
      expect(events.filter((n) => n === 0)).toEqual([]);
      expect(events.filter((n) => n > 1).length).toBeLessThanOrEqual(1);
      // The submission the killed worker held was judged again by another worker.
      const retried = rows.filter((r) => r.attempts > 1).length;
      expect(retried).toBeGreaterThanOrEqual(1);
      // Nothing left behind in the queue.
      const redis = new Redis(TEST_REDIS_URL!);
      const [waiting, active] = await Promise.all([redis.llen(`${prefix}:judge:wait`), redis.llen(`${prefix}:judge:active`)]);
      await redis.quit();
      expect({ waiting, active }).toEqual({ waiting: 0, active: 0 });

      console.info(`[scale-out] 5 processes up in ${bootMs} ms; first verdict over SSE in ${sseMs} ms; ${expected.size} submissions (submitted in ${submittedMs} ms), all judged in ${(elapsedMs / 1000).toFixed(1)} s `
        + `= ${(expected.size / (elapsedMs / 1000)).toFixed(2)} submissions/s with 3 workers then 2; worker killed at ${killedAt} done; ${retried} judged again`);
    } finally {
      await db.destroy();
    }

    // The survivors and the APIs shut down cleanly on SIGTERM.
    const stopping = Date.now();
    for (const p of [api1!, api2!, workers[1]!, workers[2]!]) p.proc.kill('SIGTERM');
    const codes = await Promise.all([api1!, api2!, workers[1]!, workers[2]!].map((p) => new Promise<number | null>((r) => p.proc.once('exit', (c) => r(c)))));
    console.info(`[scale-out] shut down in ${Date.now() - stopping} ms`);
    expect(codes).toEqual([0, 0, 0, 0]);
  }, TIMEOUT_MS);
});
