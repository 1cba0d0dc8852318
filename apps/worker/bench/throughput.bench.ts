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
 * What bounds the ratio is printed beside it: where each round's CPU went (the workers, the API,
 * PostgreSQL, Redis, this process, the kernel's rest), the ratio taken apart into the workers' busy
 * share and their CPU a judgement, and a probe (contention.ts, BENCH_CONTENTION_SECONDS, default 90;
 * 0 skips it) of how much slower a judgement gets when the other core spins or judges too.
 *
 *   SHOUSI_TEST_DATABASE_URL=postgres://… SHOUSI_TEST_REDIS_URL=redis://… npm run bench:scale
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Judge } from '@shousi/judge';
import { Catalog, openDatabase, REPO_ROOT } from '@shousi/submissions';
import { cpuSplit, plainScript, runPlain } from '../../../packages/judge/bench/support.js';
import { dropRedisPrefix, freshPostgres, freshRedisPrefix, TEST_DATABASE_URL, TEST_REDIS_URL } from '../../server/test/backing.js';
import { problemsDir } from '../../server/test/helpers.js';
import { API_SCRIPT, LISTENING, procs, startProcess, WORKER_READY, WORKER_SCRIPT } from '../test/cluster.js';
import { codeOf, PROBLEM } from './load.js';

if (!TEST_DATABASE_URL || !TEST_REDIS_URL) {
  console.error('set SHOUSI_TEST_DATABASE_URL and SHOUSI_TEST_REDIS_URL (a PostgreSQL role with CREATEDB, a Redis)');
  process.exit(2);
}
const N = Number(process.env.BENCH_N ?? 400);
const problems = problemsDir();
const CORES = availableParallelism();

/**
 * `pinned`: worker i may use core i only, as docker-compose's `cpus` limit gives each worker its share.
 * Returns the steady-state rate; the CPU a judgement of the workers and of everything else from the
 * first quarter to the end (cpuSplit, read then and at the end only, since a sampler would take CPU
 * from them); and how busy the workers were: their CPU a judgement times the rate, per worker.
 */
async function round(workers: number, pinned: boolean): Promise<{ rate: number; busy: number; split: Record<string, number> | null }> {
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
      const res = await fetch(`${base}/api/submissions`, { method: 'POST', headers, body: JSON.stringify({ slug: PROBLEM, code: codeOf(i) }) });
      if (res.status !== 202) throw new Error(`submit: ${res.status} ${await res.text()}`);
    };
    for (let i = 0; i < N; i += 8) await Promise.all(Array.from({ length: Math.min(8, N - i) }, (_, k) => submit(i + k)));
    const started = await Promise.all(Array.from({ length: workers }, (_, i) => startProcess(WORKER_SCRIPT, { ...env, LOG_LEVEL: 'info' }, WORKER_READY, pinned ? String(i % CORES) : undefined)));
    const done = async () => Number((await db.selectFrom('submissions').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'done').executeTakeFirstOrThrow()).n);
    // Where the CPU went from the first quarter to the end, read twice only (a sampler would take CPU).
    const usage = () => cpuSplit({ workers: started.map((w) => w.proc.pid!), API: [api.proc.pid!] });
    let quarter: { usage: Record<string, number>; done: number } | null = null;
    // Seldom: the figure comes from the timestamps, and every poll takes CPU from the workers.
    for (let n; (n = await done()) < N;) {
      if (!quarter && n >= N / 4) quarter = { usage: usage(), done: n };
      await new Promise((r) => setTimeout(r, 1_000));
    }
    const split = quarter ? perJudgement(quarter.usage, usage(), N - quarter.done) : null;
    const finished = (await db.selectFrom('submissions').select('finished_at').execute()).map((r) => Date.parse(r.finished_at!)).sort((a, b) => a - b);
    // A worker's first judgements are slower (its type checker's JIT warms up over tens of them).
    const skip = Math.floor(N / 4);
    const rate = (N - 1 - skip) / ((finished.at(-1)! - finished[skip]!) / 1000);
    return { rate, busy: split ? (split.workers! * rate) / 1000 / workers : Number.NaN, split };
  } finally {
    for (const p of procs.splice(0)) p.proc.kill('SIGKILL');
    await db.destroy();
    await fresh.drop();
    await dropRedisPrefix(TEST_REDIS_URL!, prefix);
  }
}

/** CPU ms a judgement between two cpuSplit readings; `rest` is the machine's busy time no group accounts for (mostly the kernel). */
function perJudgement(from: Record<string, number>, to: Record<string, number>, judged: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(to)) out[k] = (to[k]! - from[k]!) / judged;
  const { machine, ...parts } = out;
  out.rest = machine! - Object.values(parts).reduce((a, b) => a + b, 0);
  delete out.machine;
  return out;
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
/** contention.ts on core 0 for `seconds`: a judgement's mean ms with core 1 idle, spinning, judging. */
function contention(seconds: number): Promise<Record<'idle' | 'spin' | 'judge', { ms: number; n: number }>> {
  const args = ['--cpu-list', '0', process.execPath, '--import', 'tsx', join(REPO_ROOT, 'apps/worker/bench/contention.ts'), String(seconds)];
  return new Promise((resolve, reject) => {
    const p = spawn('taskset', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`contention.ts exited ${code}`))));
  });
}

const freshProcesses = await baseline(0, true);
const oneProcess = await baseline(SECONDS * 1000, false);

const rate = (r: number) => `${r.toFixed(2)} submissions/s`;
console.log(`${N} submissions of ${PROBLEM} a round`);
console.log(`one core per worker (taskset; the API, PostgreSQL and Redis may use any of the ${CORES}):`);
const busy = (b: number) => (Number.isNaN(b) ? '' : `, workers busy ${(b * 100).toFixed(0)} %`);
/** Per worker count: the workers' busy share and their CPU a judgement, round by round. */
const seen: Record<1 | 2, { busy: number[]; cpu: number[] }> = { 1: { busy: [], cpu: [] }, 2: { busy: [], cpu: [] } };
const pinned = await blocks(async (workers) => {
  const r = await round(workers, true);
  if (r.split) {
    seen[workers].busy.push(r.busy);
    seen[workers].cpu.push(r.split.workers!);
  }
  console.log(`  ${workers} worker${workers > 1 ? 's' : ' '}: ${rate(r.rate)}${busy(r.busy)}`);
  if (r.split) console.log(`    CPU a judgement: ${Object.entries(r.split).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')} ms`);
  return r.rate;
});
console.log(`  ratio 2/1: ${pinned.ratio.toFixed(2)} (blocks ${pinned.perBlock}; means ${rate(pinned.two)} / ${rate(pinned.one)}; target ≥ 1.7)`);
console.log('  baseline, the machine\'s own ratio, 1 → 2 cores, plain Node running the reference solution on the same tests:');
console.log(`    a fresh process each pass, one loop per core: ${freshProcesses}`);
console.log(`    one process per core, passes in a loop:       ${oneProcess}`);
// The ratio taken apart: the rate is busy share × cores / CPU a judgement, so 2/1 = 2 × (busy share
// with 2 / with 1) / (CPU a judgement with 2 / with 1).
const busyRatio = mean(seen[2].busy) / mean(seen[1].busy);
const cpuRatio = mean(seen[2].cpu) / mean(seen[1].cpu);
console.log(`  taken apart: 2 × busy share ${(mean(seen[2].busy) * 100).toFixed(0)} % / ${(mean(seen[1].busy) * 100).toFixed(0)} % ÷ CPU a judgement ${mean(seen[2].cpu).toFixed(1)} / ${mean(seen[1].cpu).toFixed(1)} ms = 2 × ${busyRatio.toFixed(3)} / ${cpuRatio.toFixed(3)} = ${((2 * busyRatio) / cpuRatio).toFixed(2)}`);
const CONTENTION_SECONDS = Number(process.env.BENCH_CONTENTION_SECONDS ?? 90);
if (CONTENTION_SECONDS > 0) {
  // How much of the CPU ratio two judgements cause each other, with nothing else running: the machine
  // (core 1 spinning on registers) and the memory they share (core 1 judging too).
  const c = await contention(CONTENTION_SECONDS);
  const slower = (ms: number) => `${ms.toFixed(1)} ms (${((ms / c.idle.ms - 1) * 100).toFixed(1)} % slower)`;
  console.log(`  a judgement alone on core 0 while core 1 idles: ${c.idle.ms.toFixed(1)} ms; spins: ${slower(c.spin.ms)}; judges the same load: ${slower(c.judge.ms)} (${c.idle.n}, ${c.spin.n}, ${c.judge.n} judgements)`);
  const loss = c.judge.ms / c.idle.ms;
  console.log(`  bound with that loss alone: 2 / ${loss.toFixed(3)} = ${(2 / loss).toFixed(2)}; with the rounds' busy share too: ${((2 * busyRatio) / loss).toFixed(2)}`);
}
console.log('unpinned (a worker may use every core):');
const one = (await round(1, false)).rate;
console.log(`  1 worker:  ${rate(one)}`);
const two = (await round(2, false)).rate;
console.log(`  2 workers: ${rate(two)}`);
console.log(`  ratio 2/1: ${(two / one).toFixed(2)}`);
