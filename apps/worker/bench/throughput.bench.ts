/**
 * Throughput of the scaled-out mode with 1 and with 2 judge workers on the same load (a mix of
 * Accepted and Wrong Answer of BENCH_PROBLEM, default edit-distance, every text unique), one core per
 * worker (taskset), as docker-compose.yml's `cpus` limit gives a worker its share. One unpinned
 * worker already spreads over both cores of a 2-core machine (its sandbox process, its type checker's
 * thread, V8's helper threads), leaving a second little to use.
 *
 * The machine's speed drifts by tens of percent over minutes, and not alike for one busy core and
 * two, so the figure that counts is interleaved (BENCH_CYCLES cycles, default 3; 0 skips it): one
 * deployment, two workers on one queue filled beforehand, the second paused (SIGTSTP) and resumed
 * (SIGCONT) in phases of BENCH_PHASE_MS (default 6 s), so that 1 and 2 workers alternate within
 * seconds; and in the same cycles, with both paused, the machine's own ratio: plain Node running the
 * reference solution on the same tests, a fresh process a pass, on one core or two.
 *
 * Then rounds, a fresh deployment each (BENCH_BLOCKS blocks of 1, 2, 2, 1 workers, default 2; 0 stops
 * after the interleaved figure): BENCH_N submissions (default 400) queued before the workers start,
 * the rate taken from the database's timestamps after the first quarter (cold type checkers), with
 * the plain-Node baselines in the same blocks, and one unpinned round of each count at the end.
 *
 * What bounds the ratio is printed beside it: where the CPU went a judgement (the workers, the API,
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
import { API_SCRIPT, LISTENING, type Proc, procs, startProcess, WORKER_READY, WORKER_SCRIPT } from '../test/cluster.js';
import { codeOf, PROBLEM } from './load.js';

if (!TEST_DATABASE_URL || !TEST_REDIS_URL) {
  console.error('set SHOUSI_TEST_DATABASE_URL and SHOUSI_TEST_REDIS_URL (a PostgreSQL role with CREATEDB, a Redis)');
  process.exit(2);
}
const N = Number(process.env.BENCH_N ?? 400);
const problems = problemsDir();
const CORES = availableParallelism();

/**
 * A deployment of one API process on a fresh database and Redis prefix, for `use`: ways to queue
 * submissions through the API, to start workers, and to read the verdicts recorded. Everything is torn
 * down after `use`.
 */
async function withDeployment<T>(use: (d: Deployment) => Promise<T>): Promise<T> {
  const fresh = await freshPostgres(TEST_DATABASE_URL!);
  const { db } = await openDatabase({ url: fresh.url, dataDir: ':memory:' });
  const prefix = freshRedisPrefix();
  const env = {
    REDIS_URL: TEST_REDIS_URL!, REDIS_PREFIX: prefix, DATABASE_URL: fresh.url, PROBLEMS_DIR: problems,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'shousi-data-')), RATE_LIMIT_SUBMIT: '0', QUEUE_LIMIT: '100000',
    JUDGE_WORKERS: '1', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1',
  };
  try {
    const api = await startProcess(API_SCRIPT, env, LISTENING);
    const base = api.match[1]!;
    const cookie = (await fetch(`${base}/api/health`)).headers.getSetCookie()[0]!.split(';')[0]!;
    const headers = { cookie, 'content-type': 'application/json' };
    const submit = async (i: number) => {
      const res = await fetch(`${base}/api/submissions`, { method: 'POST', headers, body: JSON.stringify({ slug: PROBLEM, code: codeOf(i) }) });
      if (res.status !== 202) throw new Error(`submit: ${res.status} ${await res.text()}`);
    };
    const queue = async (count: number) => {
      for (let i = 0; i < count; i += 8) await Promise.all(Array.from({ length: Math.min(8, count - i) }, (_, k) => submit(i + k)));
    };
    const startWorkers = (n: number, pinned: boolean) =>
      Promise.all(Array.from({ length: n }, (_, i) => startProcess(WORKER_SCRIPT, env, WORKER_READY, pinned ? String(i % CORES) : undefined)));
    const done = async () => Number((await db.selectFrom('submissions').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'done').executeTakeFirstOrThrow()).n);
    const finishedAt = async () => (await db.selectFrom('submissions').select('finished_at').where('status', '=', 'done').execute()).map((r) => Date.parse(r.finished_at!)).sort((a, b) => a - b);
    return await use({ api, queue, startWorkers, done, finishedAt });
  } finally {
    for (const p of procs.splice(0)) p.proc.kill('SIGKILL');
    await db.destroy();
    await fresh.drop();
    await dropRedisPrefix(TEST_REDIS_URL!, prefix);
  }
}

interface Deployment {
  api: Proc;
  /** Posts codeOf(0 … count - 1), eight at a time. */
  queue(count: number): Promise<void>;
  startWorkers(n: number, pinned: boolean): Promise<Proc[]>;
  /** Verdicts recorded so far. */
  done(): Promise<number>;
  /** When each verdict was recorded (ms since the epoch), in order. */
  finishedAt(): Promise<number[]>;
}

/**
 * `pinned`: worker i may use core i only, as docker-compose's `cpus` limit gives each worker its share.
 * Returns the steady-state rate; the CPU a judgement of the workers and of everything else from the
 * first quarter to the end (cpuSplit, read then and at the end only, since a sampler would take CPU
 * from them); and how busy the workers were: their CPU a judgement times the rate, per worker.
 */
function round(workers: number, pinned: boolean): Promise<{ rate: number; busy: number; split: Record<string, number> | null }> {
  return withDeployment(async ({ api, queue, startWorkers, done, finishedAt }) => {
    await queue(N);
    const started = await startWorkers(workers, pinned);
    // Where the CPU went from the first quarter to the end, read twice only (a sampler would take CPU).
    const usage = () => cpuSplit({ workers: started.map((w) => w.proc.pid!), API: [api.proc.pid!] });
    let quarter: { usage: Record<string, number>; done: number } | null = null;
    // Seldom: the figure comes from the timestamps, and every poll takes CPU from the workers.
    for (let n; (n = await done()) < N;) {
      if (!quarter && n >= N / 4) quarter = { usage: usage(), done: n };
      await sleep(1_000);
    }
    const split = quarter ? perJudgement(minus(usage(), quarter.usage), N - quarter.done) : null;
    const finished = await finishedAt();
    // A worker's first judgements are slower (its type checker's JIT warms up over tens of them).
    const skip = Math.floor(N / 4);
    const rate = (N - 1 - skip) / ((finished.at(-1)! - finished[skip]!) / 1000);
    return { rate, busy: split ? (split.workers! * rate) / 1000 / workers : Number.NaN, split };
  });
}

/**
 * A cycle of phases, `phaseMs` each: shousi with 1, 2, 2, 1 workers, then plain Node with 1, 2, 2, 1
 * cores. Alternating within seconds, every count sees the machine alike: its speed drifts over minutes.
 */
interface Phase { kind: 'shousi' | 'plain'; n: 1 | 2 }
const CYCLE: Phase[] = (['shousi', 'plain'] as const).flatMap((kind) => ([1, 2, 2, 1] as const).map((n) => ({ kind, n })));
/** Time after a phase starts for the work in hand to end, or to start, before counting. */
const SETTLE_MS = 600;
interface Window extends Phase { from: number; to: number; cpu: Record<string, number> }

/**
 * Runs `cycles` cycles: `become(phase)` as each phase starts, then its window, from SETTLE_MS after its
 * start to its end, with the CPU spent in it.
 */
async function alternate(cycles: number, phaseMs: number, become: (p: Phase) => void, usage: () => Record<string, number>): Promise<Window[]> {
  const windows: Window[] = [];
  for (let i = 0; i < cycles * CYCLE.length; i++) {
    const phase = CYCLE[i % CYCLE.length]!;
    become(phase);
    await sleep(SETTLE_MS);
    const from = Date.now();
    const before = usage();
    await sleep(phaseMs - SETTLE_MS);
    windows.push({ ...phase, from, to: Date.now(), cpu: minus(usage(), before) });
  }
  return windows;
}

/**
 * The rate with 1 and with 2 from the windows of one kind and the times its items of work ended (a
 * verdict, a pass), with the CPU spent; and each cycle's own ratio, which shows how far the drift
 * still moved it.
 */
function tally(windows: Window[], ends: number[]) {
  const counted = windows.map((w) => ({ ...w, items: ends.filter((t) => t >= w.from && t < w.to).length }));
  const rateOf = (ws: typeof counted) => ws.reduce((a, w) => a + w.items, 0) / (ws.reduce((a, w) => a + w.to - w.from, 0) / 1000);
  const of = (n: 1 | 2) => {
    const ws = counted.filter((w) => w.n === n);
    const items = ws.reduce((a, w) => a + w.items, 0);
    const ms = ws.reduce((a, w) => a + w.to - w.from, 0);
    const cpu = ws.map((w) => w.cpu).reduce((a, c) => Object.fromEntries(Object.keys(c).map((k) => [k, (a[k] ?? 0) + c[k]!])), {});
    return { rate: rateOf(ws), items, ms, cpu };
  };
  const cycles: number[] = [];
  for (let b = 0; b + 4 <= counted.length; b += 4) {
    const four = counted.slice(b, b + 4);
    cycles.push(rateOf(four.filter((w) => w.n === 2)) / rateOf(four.filter((w) => w.n === 1)));
  }
  const ratio = rateOf(counted.filter((w) => w.n === 2)) / rateOf(counted.filter((w) => w.n === 1));
  return { one: of(1), two: of(2), ratio, cycles };
}

/**
 * shousi's ratio and the machine's, with the drift taken out. One deployment, two pinned workers on
 * one queue filled beforehand: in shousi's phases the second is paused (SIGTSTP) and resumed
 * (SIGCONT); in plain Node's both are paused, and plain Node runs the reference solution on the same
 * tests, a fresh process a pass (a judgement's fresh heap), in a loop on core 0 and, with 2, one on
 * core 1 too.
 */
async function interleaved(cycles: number, phaseMs: number, plainFile: string) {
  const WARM_MS = 20_000;
  // Enough for 40 verdicts a second, twice what two workers judge here: the queue must not run dry.
  const count = Math.ceil(((cycles * CYCLE.length * phaseMs) / 2 + WARM_MS) / 1000 * 40);
  return withDeployment(async ({ api, queue, startWorkers, done, finishedAt }) => {
    await queue(count);
    const workers = await startWorkers(2, true);
    // When the second worker says it has paused: how long a drain took, against SETTLE_MS.
    let signalled = 0;
    const drains: number[] = [];
    workers[1]!.proc.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('paused: takes no new jobs')) drains.push(Date.now() - signalled);
    });
    await sleep(WARM_MS);

    const plainOn = [false, false];
    const wake: (() => void)[] = [() => {}, () => {}];
    let stop = false;
    const passEnds: number[] = [];
    const loop = async (core: number) => {
      while (!stop) {
        if (!plainOn[core]) await new Promise<void>((r) => (wake[core] = r));
        else {
          await runPlain(plainFile, String(core % CORES));
          passEnds.push(Date.now());
        }
      }
    };
    const loops = [loop(0), loop(1)];
    const usage = () => cpuSplit({ 'worker 1': [workers[0]!.proc.pid!], 'worker 2': [workers[1]!.proc.pid!], API: [api.proc.pid!] });
    const windows = await alternate(cycles, phaseMs, ({ kind, n }) => {
      // A signal that repeats the state a worker is in changes nothing.
      signalled = Date.now();
      workers[0]!.proc.kill(kind === 'shousi' ? 'SIGCONT' : 'SIGTSTP');
      workers[1]!.proc.kill(kind === 'shousi' && n === 2 ? 'SIGCONT' : 'SIGTSTP');
      plainOn[0] = kind === 'plain';
      plainOn[1] = kind === 'plain' && n === 2;
      for (const w of wake) w();
    }, usage);
    stop = true;
    for (const w of wake) w();
    await Promise.all(loops);
    if ((await done()) >= count) throw new Error('the queue ran dry: the figures would count idle workers');
    return {
      shousi: tally(windows.filter((w) => w.kind === 'shousi'), await finishedAt()),
      plain: tally(windows.filter((w) => w.kind === 'plain'), passEnds),
      drains,
      phases: windows.length,
    };
  });
}

/** The difference of two cpuSplit readings. */
const minus = (to: Record<string, number>, from: Record<string, number>) => Object.fromEntries(Object.keys(to).map((k) => [k, to[k]! - from[k]!]));

/** CPU ms a judgement from a difference of cpuSplit readings; `rest` is the machine's busy time no group accounts for (mostly the kernel). */
function perJudgement(cpu: Record<string, number>, judged: number): Record<string, number> {
  const { machine, ...parts } = cpu;
  const out: Record<string, number> = {};
  for (const [k, ms] of Object.entries(parts)) out[k] = ms / judged;
  out.rest = (machine! - Object.values(parts).reduce((a, b) => a + b, 0)) / judged;
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

const rate = (r: number) => `${r.toFixed(2)} submissions/s`;
const cpuLine = (split: Record<string, number>) => `CPU a judgement: ${Object.entries(split).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')} ms`;
const CYCLES = Number(process.env.BENCH_CYCLES ?? 3);
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 6_000);
/** min, median, max of cycles' ratios. */
const spread = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return `min ${s[0]!.toFixed(2)}, median ${s[Math.floor(s.length / 2)]!.toFixed(2)}, max ${s.at(-1)!.toFixed(2)}`;
};
if (CYCLES > 0) {
  const script = await plainScript(solution, entry.name, inputs, 0);
  const r = await interleaved(CYCLES, PHASE_MS, script.file).finally(() => rmSync(script.dir, { recursive: true, force: true }));
  const { shousi, plain } = r;
  console.log(`interleaved, ${r.phases} phases of ${PHASE_MS / 1000} s: 2 workers, one core each, on one queue of ${PROBLEM}, the second paused and resumed; then both paused and plain Node on 1 or 2 cores; and again:`);
  const workersCpu = (x: typeof shousi.one) => (x.cpu['worker 1']! + x.cpu['worker 2']!) / x.items;
  for (const [n, x] of [[1, shousi.one], [2, shousi.two]] as const) {
    // Each worker's share of its core: a paused one's should be nearly nothing.
    const busy = (w: string) => `${((x.cpu[w]! / x.ms) * 100).toFixed(0)} %`;
    console.log(`  ${n} worker${n > 1 ? 's' : ' '}: ${rate(x.rate)} (${x.items} verdicts); busy: worker 1 ${busy('worker 1')}, worker 2 ${busy('worker 2')}`);
    console.log(`    ${cpuLine(perJudgement(x.cpu, x.items))}`);
  }
  console.log(`  ratio 2/1: ${shousi.ratio.toFixed(2)} (target ≥ 1.7; cycle by cycle: ${spread(shousi.cycles)})`);
  // The rate is busy share × cores ÷ CPU a judgement, so 2/1 = 2 × (busy share with 2 ÷ with 1) ÷ (CPU a judgement with 2 ÷ with 1).
  const busyRatio = ((workersCpu(shousi.two) * shousi.two.rate) / 2) / (workersCpu(shousi.one) * shousi.one.rate);
  const cpuRatio = workersCpu(shousi.two) / workersCpu(shousi.one);
  console.log(`  taken apart: 2 × busy share ${busyRatio.toFixed(3)} ÷ CPU a judgement ${cpuRatio.toFixed(3)} = ${((2 * busyRatio) / cpuRatio).toFixed(2)}; a pause took effect within ${r.drains.length ? Math.max(...r.drains) : '?'} ms (counting starts ${SETTLE_MS} ms after the signal)`);
  console.log(`  the machine's own ratio, plain Node running the reference solution on the same tests, a fresh process a pass: ${plain.ratio.toFixed(2)} (cycle by cycle: ${spread(plain.cycles)}; ${plain.one.rate.toFixed(1)} → ${plain.two.rate.toFixed(1)} passes/s)`);
  const relative = shousi.cycles.map((x, i) => x / plain.cycles[i]!);
  console.log(`  shousi's ratio over the machine's: ${(shousi.ratio / plain.ratio).toFixed(2)} (cycle by cycle: ${spread(relative)})`);
}
if (BLOCKS === 0) process.exit(0);

const freshProcesses = await baseline(0, true);
const oneProcess = await baseline(SECONDS * 1000, false);

console.log(`rounds: a fresh deployment each, ${N} submissions of ${PROBLEM} a round`);
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
  if (r.split) console.log(`    ${cpuLine(r.split)}`);
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
