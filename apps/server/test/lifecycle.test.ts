/**
 * The server as a process: a verdict through server-sent events on a real port, limits that refuse at
 * once, a graceful shutdown that hands work back, and a SIGKILL that loses nothing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Submission, SubmissionEvent } from '@shousi/contracts';
import { openDatabase, REPO_ROOT } from '@shousi/submissions';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { CLIMB_AC, CLIMB_CE, CLIMB_TLE, CLIMB_WA, cookieOf, problemsDir, testConfig, waitDone } from './helpers.js';

const apps: FastifyInstance[] = [];
const procs: ChildProcess[] = [];
afterEach(async () => {
  for (const p of procs.splice(0)) p.kill('SIGKILL');
  for (const a of apps.splice(0)) await a.close();
});

async function start(env: Record<string, string> = {}) {
  const config = testConfig(env);
  const app = await buildApp(config);
  apps.push(app);
  await app.ready();
  const cookie = cookieOf(await app.inject({ method: 'GET', url: '/api/health' }));
  return { app, config, cookie };
}

async function waitStatus(app: FastifyInstance, id: string, cookie: string, status: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const s = (await app.inject({ method: 'GET', url: `/api/submissions/${id}`, headers: { cookie } })).json() as Submission;
    if (s.status === status) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`submission ${id} never became ${status}`);
}

describe('server-sent events on a real port', () => {
  it('streams status and then the verdict of a submission', async () => {
    const { app } = await start();
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const first = await fetch(`${base}/api/health`);
    const cookie = first.headers.getSetCookie()[0]!.split(';')[0]!;
    const headers = { cookie, 'content-type': 'application/json' };
    // A slow submission ahead keeps the next one queued long enough to see it move.
    await fetch(`${base}/api/submissions`, { method: 'POST', headers, body: JSON.stringify({ slug: 'edit-distance', code: 'function minDistance(a: string, b: string): number { const d = Date.now(); while (Date.now() - d < 300); return 0; }' }) });
    const res = await fetch(`${base}/api/submissions`, { method: 'POST', headers, body: JSON.stringify({ slug: 'climbing-stairs', code: CLIMB_AC }) });
    const { id } = (await res.json()) as { id: string };

    const stream = await fetch(`${base}/api/submissions/${id}/events`, { headers: { cookie } });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const text = await stream.text(); // the server ends the stream after the verdict
    const events = text.split('\n\n').filter((b) => b.includes('data: ')).map((b) => {
      const name = /^event: (\w+)$/m.exec(b)![1];
      const data = JSON.parse(/^data: (.*)$/m.exec(b)![1]!) as SubmissionEvent;
      expect(data.type).toBe(name);
      return data;
    });
    expect(events[0]).toEqual({ type: 'status', id, status: 'queued' });
    expect(events.map((e) => (e.type === 'status' ? e.status : 'done'))).toEqual(['queued', 'running', 'done']);
    const done = events.at(-1)!;
    expect(done.type === 'done' && done.submission).toMatchObject({ id, status: 'done', verdict: 'AC' });
  });
});

describe('limits', () => {
  it('rate-limits Run per client with 429 and retry-after, and a full queue answers 503 at once', async () => {
    const { app, cookie } = await start({ RATE_LIMIT_RUN: '2', QUEUE_LIMIT: '1' });
    const run = (c: string) => app.inject({ method: 'POST', url: '/api/run', headers: { cookie: c }, payload: { slug: 'climbing-stairs', code: CLIMB_AC } });
    expect((await run(cookie)).statusCode).toBe(200);
    expect((await run(cookie)).statusCode).toBe(200);
    const limited = await run(cookie);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('2 a minute') });
    // Another client has its own allowance.
    const other = cookieOf(await app.inject({ method: 'GET', url: '/api/health' }));
    expect((await run(other)).statusCode).toBe(200);

    const submit = (code: string) => app.inject({ method: 'POST', url: '/api/submissions', headers: { cookie }, payload: { slug: 'climbing-stairs', code } });
    const running = (await submit(CLIMB_TLE)).json().id as string; // judged at once (one worker)
    const waiting = (await submit(CLIMB_AC)).json().id as string; // fills the queue of one
    const refused = await submit(CLIMB_WA);
    expect(refused.statusCode).toBe(503);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error.code).toBe('busy');
    // Refused means not stored: the history has the two accepted ones only.
    const history = (await app.inject({ method: 'GET', url: '/api/submissions', headers: { cookie } })).json();
    expect(history.items.map((i: { id: string }) => i.id)).toEqual([waiting, running]);
    expect((await waitDone(app, running, cookie)).verdict).toBe('TLE');
    expect((await waitDone(app, waiting, cookie)).verdict).toBe('AC');
  });
});

describe('shutdown and restart', () => {
  it('hands a running judgement back on a graceful shutdown, and the next start finishes it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shousi-data-'));
    const problems = problemsDir();
    const first = await start({ DATA_DIR: dataDir, PROBLEMS_DIR: problems, SHUTDOWN_GRACE_MS: '0' });
    const id = (await first.app.inject({ method: 'POST', url: '/api/submissions', headers: { cookie: first.cookie }, payload: { slug: 'climbing-stairs', code: CLIMB_TLE } })).json().id as string;
    await waitStatus(first.app, id, first.cookie, 'running');
    await first.app.close();
    apps.splice(apps.indexOf(first.app), 1);

    const { db } = await openDatabase({ dataDir });
    const row = await db.selectFrom('submissions').select(['status', 'attempts']).where('id', '=', id).executeTakeFirstOrThrow();
    await db.destroy();
    expect(row).toEqual({ status: 'queued', attempts: 0 });

    const second = await start({ DATA_DIR: dataDir, PROBLEMS_DIR: problems });
    expect((await waitDone(second.app, id, first.cookie)).verdict).toBe('TLE');
  });

  it('finishes every queued and running submission after a SIGKILL', async () => {
    const env = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'shousi-data-')),
      PROBLEMS_DIR: problemsDir(),
      JUDGE_WORKERS: '1',
      LOG_LEVEL: 'info',
    };
    const boot = async () => {
      const proc = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'apps/server/src/server.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      procs.push(proc);
      let log = '';
      return await new Promise<{ proc: ChildProcess; base: string }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the server did not start:\n${log}`)), 90_000);
        const onData = (d: Buffer) => {
          log += d.toString();
          const m = /listening at (http:\/\/[\d.:]+)/.exec(log);
          if (m) {
            clearTimeout(timer);
            resolve({ proc, base: m[1]! });
          }
        };
        proc.stdout!.on('data', onData);
        proc.stderr!.on('data', onData);
        proc.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${log}`)));
      });
    };

    const one = await boot();
    const cookie = (await fetch(`${one.base}/api/health`)).headers.getSetCookie()[0]!.split(';')[0]!;
    const headers = { cookie, 'content-type': 'application/json' };
    const expected: [string, string][] = [[CLIMB_TLE, 'TLE'], [CLIMB_AC, 'AC'], [CLIMB_WA, 'WA'], [CLIMB_CE, 'CE'], [CLIMB_TLE, 'TLE'], [CLIMB_AC, 'AC']];
    const ids: string[] = [];
    for (const [code] of expected) {
      const res = await fetch(`${one.base}/api/submissions`, { method: 'POST', headers, body: JSON.stringify({ slug: 'climbing-stairs', code }) });
      expect(res.status).toBe(202);
      ids.push(((await res.json()) as { id: string }).id);
    }
    // Kill it while the first is running and the rest are queued.
    for (;;) {
      const s = (await (await fetch(`${one.base}/api/submissions/${ids[0]}`, { headers })).json()) as Submission;
      if (s.status === 'running') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    one.proc.kill('SIGKILL');
    await new Promise((r) => one.proc.once('exit', r));

    const two = await boot();
    const verdicts: string[] = [];
    for (const id of ids) {
      for (;;) {
        const s = (await (await fetch(`${two.base}/api/submissions/${id}`, { headers })).json()) as Submission;
        if (s.status === 'done') {
          verdicts.push(s.verdict!);
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    expect(verdicts).toEqual(expected.map(([, v]) => v));
    two.proc.kill('SIGTERM');
    await new Promise((r) => two.proc.once('exit', r));
  });
});
