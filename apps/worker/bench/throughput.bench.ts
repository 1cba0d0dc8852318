/**
 * Throughput of the scaled-out mode with 1 and with 2 judge workers on the same load: one API
 * process, N workers of one sandbox each, a fresh database and Redis prefix per round, and BENCH_N
 * submissions (default 400, a mix of Accepted and Wrong Answer of BENCH_PROBLEM, default
 * edit-distance) queued before the workers start, so that the rate of POSTs does not cap the figure.
 * Throughput is steady state, from the database's timestamps: the verdicts after the first quarter
 * (cold type checkers) divided by the time they took.
 *
 * Pinned rounds come first, in blocks of 1, 2, 2, 1 workers (BENCH_BLOCKS of them, default 2): worker
 * i may use core i only, one core per judgement as docker-compose.yml's `cpus` limit gives a worker.
 * That is the figure that shows whether workers scale, because one unpinned worker already spreads
 * over both cores of a 2-core machine (its sandbox process, its type checker's thread, V8's helper
 * threads), leaving a second little to use; one unpinned round of each count follows. The baselines
 * are the machine's own ratio for the same solution on the same tests in plain Node, 1 → 2 cores, in
 * the same blocks.
 *
 *   SHOUSI_TEST_DATABASE_URL=postgres://… SHOUSI_TEST_REDIS_URL=redis://… npm run bench:scale
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Judge } from '@shousi/judge';
import { Catalog, openDatabase, REPO_ROOT } from '@shousi/submissions';
import { plainScript, runPlain, treeUsage } from '../../../packages/judge/bench/support.js';
import { dropRedisPrefix, freshPostgres, freshRedisPrefix, TEST_DATABASE_URL, TEST_REDIS_URL } from '../../server/test/backing.js';
import { CLIMB_AC, CLIMB_WA, problemsDir } from '../../server/test/helpers.js';
import { API_SCRIPT, LISTENING, procs, startProcess, WORKER_READY, WORKER_SCRIPT } from '../test/cluster.js';

if (!TEST_DATABASE_URL || !TEST_REDIS_URL) {
  console.error('set SHOUSI_TEST_DATABASE_URL and SHOUSI_TEST_REDIS_URL (a PostgreSQL role with CREATEDB, a Redis)');
  process.exit(2);
}
const N = Number(process.env.BENCH_N ?? 400);
/** climbing-stairs (a quick judgement) or edit-distance (27 larger hidden tests: the judge's own work dominates). */
const PROBLEM = process.env.BENCH_PROBLEM ?? 'edit-distance';
const EDIT_AC = readFileSync(join(REPO_ROOT, 'problems/hand-coding/edit-distance/solution.ts'), 'utf8');
const EDIT_WA = 'function minDistance(a: string, b: string): number {\n  return Math.abs(a.length - b.length);\n}\n';
const CODE = PROBLEM === 'edit-distance' ? [EDIT_AC, EDIT_WA] : [CLIMB_AC, CLIMB_WA];
const problems = problemsDir();
const CORES = availableParallelism();

/**
 * `pinned`: worker i may use core i only, as docker-compose's `cpus` limit gives each worker its share.
 * Returns the steady-state rate, and how busy the workers were meanwhile: their processes' CPU time a
 * judgement (read from /proc at the first quarter and at the end only, since a sampler would take CPU
 * from them) times the rate, per worker.
 */
async function round(workers: number, pinned: boolean): Promise<{ rate: number; busy: number }> {
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
    const started = await Promise.all(Array.from({ length: workers }, (_, i) => startProcess(WORKER_SCRIPT, { ...env, LOG_LEVEL: 'info' }, WORKER_READY, pinned ? String(i % CORES) : undefined)));
    const done = async () => Number((await db.selectFrom('submissions').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'done').executeTakeFirstOrThrow()).n);
    const workerCpu = () => started.reduce((sum, w) => sum + [...treeUsage(w.proc.pid!).cpuByPid.values()].reduce((a, b) => a + b, 0), 0);
    let quarter: { cpu: number; done: number } | null = null;
    // Seldom: the figure comes from the timestamps, and every poll takes CPU from the workers.
    for (let n; (n = await done()) < N;) {
      if (!quarter && n >= N / 4) quarter = { cpu: workerCpu(), done: n };
      await new Promise((r) => setTimeout(r, 1_000));
    }
    const cpuMsEach = quarter ? (workerCpu() - quarter.cpu) / (N - quarter.done) : Number.NaN;
    const finished = (await db.selectFrom('submissions').select('finished_at').execute()).map((r) => Date.parse(r.finished_at!)).sort((a, b) => a - b);
    // A worker's first judgements are slower (its type checker's JIT warms up over tens of them).
    const skip = Math.floor(N / 4);
    const rate = (N - 1 - skip) / ((finished.at(-1)! - finished[skip]!) / 1000);
    return { rate, busy: (cpuMsEach * rate) / 1000 / workers };
  } finally {
    for (const p of procs.splice(0)) p.proc.kill('SIGKILL');
    await db.destroy();
    await fresh.drop();
    await dropRedisPrefix(TEST_REDIS_URL!, prefix);
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * The machine's own ratio for the same work without shousi, `loops` plain-Node loops side by side,
 * loop i on core i: fresh processes running the reference solution on the hidden tests back to back
 * (like the judge, a fresh heap each time), or one process per core calling it over and over.
 * Passes over the tests a second, in all.
 */
async function plainRate(file: string, loops: number, seconds: number, fresh: boolean): Promise<number> {
  const t0 = performance.now();
  const passes = await Promise.all(Array.from({ length: loops }, async (_, i) => {
    let n = 0;
    do n += (await runPlain(file, String(i % CORES))).passes;
    while (fresh && performance.now() - t0 < seconds * 1000);
    return n;
  }));
  return passes.reduce((a, b) => a + b, 0) / ((performance.now() - t0) / 1000);
}

const catalog = await Catalog.load(problems, { error: (obj, msg) => console.error(msg, obj) });
const judge = await Judge.create({ workers: 1 });
const { solution, entry } = catalog.get(PROBLEM);
const inputs = (await judge.hiddenTests(catalog.get(PROBLEM))).map((t) => t.input);
await judge.close();
const SECONDS = 8;
/** Blocks of rounds (BENCH_BLOCKS, default 2): the host's speed drifts by tens of percent over minutes. */
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 2);

/**
 * Rounds with 1 and 2 in blocks of 1, 2, 2, 1, so that a drift in the machine's speed (it is shared,
 * and its host's load is invisible from inside: no steal time is reported) hits both counts alike.
 * The ratio is that of the means; each block's own ratio shows how far the drift moved it.
 */
async function blocks(measure: (count: 1 | 2) => Promise<number>) {
  const rates: Record<1 | 2, number[]> = { 1: [], 2: [] };
  const perBlock: number[] = [];
  for (let b = 0; b < BLOCKS; b++) {
    const block: Record<1 | 2, number[]> = { 1: [], 2: [] };
    for (const count of [1, 2, 2, 1] as const) {
      const r = await measure(count);
      block[count].push(r);
      rates[count].push(r);
    }
    perBlock.push(mean(block[2]) / mean(block[1]));
  }
  const ratio = mean(rates[2]) / mean(rates[1]);
  return { ratio, one: mean(rates[1]), two: mean(rates[2]), perBlock: perBlock.map((r) => r.toFixed(2)).join(', ') };
}

const baseline = async (loopMs: number, fresh: boolean) => {
  const script = await plainScript(solution, entry.name, inputs, loopMs);
  try {
    const b = await blocks((loops) => plainRate(script.file, loops, SECONDS, fresh));
    return `${b.ratio.toFixed(2)} (blocks ${b.perBlock}; ${b.one.toFixed(1)} → ${b.two.toFixed(1)} passes/s)`;
  } finally {
    rmSync(script.dir, { recursive: true, force: true });
  }
};
const freshProcesses = await baseline(0, true);
const oneProcess = await baseline(SECONDS * 1000, false);

const rate = (r: number) => `${r.toFixed(2)} submissions/s`;
console.log(`${N} submissions of ${PROBLEM} a round`);
console.log(`one core per worker (taskset; the API, PostgreSQL and Redis may use any of the ${CORES}):`);
const busy = (b: number) => (Number.isNaN(b) ? '' : `, workers busy ${(b * 100).toFixed(0)} %`);
const pinned = await blocks(async (workers) => {
  const r = await round(workers, true);
  console.log(`  ${workers} worker${workers > 1 ? 's' : ' '}: ${rate(r.rate)}${busy(r.busy)}`);
  return r.rate;
});
console.log(`  ratio 2/1: ${pinned.ratio.toFixed(2)} (blocks ${pinned.perBlock}; means ${rate(pinned.two)} / ${rate(pinned.one)}; target ≥ 1.7)`);
console.log('  baseline, the machine\'s own ratio, 1 → 2 cores, plain Node running the reference solution on the same tests:');
console.log(`    a fresh process each pass, one loop per core: ${freshProcesses}`);
console.log(`    one process per core, passes in a loop:       ${oneProcess}`);
console.log('unpinned (a worker may use every core):');
const one = (await round(1, false)).rate;
console.log(`  1 worker:  ${rate(one)}`);
const two = (await round(2, false)).rate;
console.log(`  2 workers: ${rate(two)}`);
console.log(`  ratio 2/1: ${(two / one).toFixed(2)}`);
