/**
 * Throughput of the scaled-out mode with 1 and with 2 judge workers on the same load: one API
 * process, N workers of one sandbox each, a fresh database and Redis prefix per round, and BENCH_N
 * submissions (default 80, a mix of Accepted and Wrong Answer of BENCH_PROBLEM, default edit-distance) queued before the workers start, so
 * that the rate of POSTs does not cap the figure. Throughput is steady state, from the database's
 * timestamps: the verdicts after the first two per worker (cold type checkers, test caches) divided
 * by the time between. Prints submissions/s for each and their ratio.
 *
 *   SHOUSI_TEST_DATABASE_URL=postgres://… SHOUSI_TEST_REDIS_URL=redis://… npm run bench:scale
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, REPO_ROOT } from '@shousi/submissions';
import { dropRedisPrefix, freshPostgres, freshRedisPrefix, TEST_DATABASE_URL, TEST_REDIS_URL } from '../../server/test/backing.js';
import { CLIMB_AC, CLIMB_WA, problemsDir } from '../../server/test/helpers.js';
import { API_SCRIPT, LISTENING, procs, startProcess, WORKER_READY, WORKER_SCRIPT } from '../test/cluster.js';

if (!TEST_DATABASE_URL || !TEST_REDIS_URL) {
  console.error('set SHOUSI_TEST_DATABASE_URL and SHOUSI_TEST_REDIS_URL (a PostgreSQL role with CREATEDB, a Redis)');
  process.exit(2);
}
const N = Number(process.env.BENCH_N ?? 80);
/** climbing-stairs (a quick judgement) or edit-distance (27 larger hidden tests: the judge's own work dominates). */
const PROBLEM = process.env.BENCH_PROBLEM ?? 'edit-distance';
const EDIT_AC = readFileSync(join(REPO_ROOT, 'problems/hand-coding/edit-distance/solution.ts'), 'utf8');
const EDIT_WA = 'function minDistance(a: string, b: string): number {\n  return Math.abs(a.length - b.length);\n}\n';
const CODE = PROBLEM === 'edit-distance' ? [EDIT_AC, EDIT_WA] : [CLIMB_AC, CLIMB_WA];
const problems = problemsDir();

async function round(workers: number): Promise<number> {
  const fresh = await freshPostgres(TEST_DATABASE_URL!);
  const { db } = await openDatabase({ url: fresh.url, dataDir: ':memory:' });
  const prefix = freshRedisPrefix();
  const env = {
    REDIS_URL: TEST_REDIS_URL!, REDIS_PREFIX: prefix, DATABASE_URL: fresh.url, PROBLEMS_DIR: problems,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'shousi-data-')), RATE_LIMIT_SUBMIT: '0', QUEUE_LIMIT: '100000',
    JUDGE_WORKERS: '1', LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1',
  };
  try {
    const api = await startProcess(API_SCRIPT, { ...env, LOG_LEVEL: 'info' }, LISTENING);
    const base = api.match[1]!;
    const cookie = (await fetch(`${base}/api/health`)).headers.getSetCookie()[0]!.split(';')[0]!;
    const headers = { cookie, 'content-type': 'application/json' };
    const submit = async (i: number) => {
      const code = i % 4 === 3 ? CODE[1] : CODE[0];
      const res = await fetch(`${base}/api/submissions`, { method: 'POST', headers, body: JSON.stringify({ slug: PROBLEM, code }) });
      if (res.status !== 202) throw new Error(`submit: ${res.status} ${await res.text()}`);
    };
    for (let i = 0; i < N; i += 8) await Promise.all(Array.from({ length: Math.min(8, N - i) }, (_, k) => submit(i + k)));
    await Promise.all(Array.from({ length: workers }, () => startProcess(WORKER_SCRIPT, { ...env, LOG_LEVEL: 'info' }, WORKER_READY)));
    const done = async () => Number((await db.selectFrom('submissions').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'done').executeTakeFirstOrThrow()).n);
    while ((await done()) < N) await new Promise((r) => setTimeout(r, 100));
    const finished = (await db.selectFrom('submissions').select('finished_at').execute()).map((r) => Date.parse(r.finished_at!)).sort((a, b) => a - b);
    const skip = 2 * workers;
    return (N - 1 - skip) / ((finished.at(-1)! - finished[skip]!) / 1000);
  } finally {
    for (const p of procs.splice(0)) p.proc.kill('SIGKILL');
    await db.destroy();
    await fresh.drop();
    await dropRedisPrefix(TEST_REDIS_URL!, prefix);
  }
}

const one = await round(1);
console.log(`1 worker:  ${one.toFixed(2)} submissions/s (${N} submissions of ${PROBLEM})`);
const two = await round(2);
console.log(`2 workers: ${two.toFixed(2)} submissions/s (${N} submissions of ${PROBLEM})`);
console.log(`ratio 2/1: ${(two / one).toFixed(2)} (target ≥ 1.7)`);
