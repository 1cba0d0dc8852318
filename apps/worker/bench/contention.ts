/**
 * What a busy second core costs a judgement: the bound on what a second worker can add. A judge on
 * core 0 judges the benchmark's load back to back while core 1, in turns of PHASE_MS, idles, spins (a
 * loop on registers, touching no memory: what the machine itself costs) or judges the same load in a
 * rival process (what a second worker costs). Started by throughput.bench.ts on core 0; prints the
 * mean time of a judgement in each turn, as JSON, on its last line. On a core of its own, a
 * judgement's wall time is its CPU time.
 *
 *   taskset --cpu-list 0 node --import tsx apps/worker/bench/contention.ts <seconds>
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Judge } from '@shousi/judge';
import { Catalog } from '@shousi/submissions';
import { problemsDir } from '../../server/test/helpers.js';
import { codeOf, PROBLEM } from './load.js';

const PHASE_MS = 4_000;
/** A judgement that started this soon after a turn began is not counted: the rival may still be finishing one. */
const SETTLE_MS = 300;
const PHASES = ['idle', 'spin', 'judge'] as const;
type Phase = (typeof PHASES)[number];

const catalog = await Catalog.load(problemsDir(), { error: (obj, msg) => console.error(msg, obj) });
const problem = catalog.get(PROBLEM);
const judge = await Judge.create({ workers: 1 });
const judgeOnce = async (i: number) => {
  await judge.submit(problem, codeOf(i));
};

if (process.argv[2] === 'rival') {
  // Judges back to back while told to run; once paused, it finishes the judgement in hand and waits.
  let running = false;
  let wake: () => void = () => {};
  process.on('message', (m) => {
    running = m === 'run';
    if (running) wake();
  });
  process.on('disconnect', () => process.exit(0));
  for (let i = 0; ; i++) {
    while (!running) await new Promise<void>((r) => (wake = r));
    await judgeOnce(i);
  }
}

const seconds = Number(process.argv[2] ?? 90);
const here = fileURLToPath(import.meta.url);
const onCore1 = (args: string[], ipc: boolean): ChildProcess =>
  spawn('taskset', ['--cpu-list', '1', process.execPath, ...args], { stdio: ipc ? ['ignore', 'ignore', 'inherit', 'ipc'] : 'ignore' });
const rival = onCore1(['--import', 'tsx', here, 'rival'], true);
const spinner = onCore1(['-e', 'for (let x = 0; ; x++);'], false);
spinner.kill('SIGSTOP');
try {
  // Warm both judges (their type checkers' JIT takes tens of judgements), then take turns.
  rival.send('run');
  for (let i = 0; i < 30; i++) await judgeOnce(i);
  rival.send('pause');

  let phase: Phase = 'idle';
  let since = performance.now();
  let turn = 0;
  const timer = setInterval(() => {
    phase = PHASES[++turn % PHASES.length]!;
    since = performance.now();
    if (phase === 'spin') spinner.kill('SIGCONT');
    else spinner.kill('SIGSTOP');
    rival.send(phase === 'judge' ? 'run' : 'pause');
  }, PHASE_MS);
  const times: Record<Phase, number[]> = { idle: [], spin: [], judge: [] };
  const end = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < end; i++) {
    const p: Phase = phase;
    const t0 = performance.now();
    await judgeOnce(i);
    if (p === phase && t0 - since >= SETTLE_MS) times[p].push(performance.now() - t0);
  }
  clearInterval(timer);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(JSON.stringify(Object.fromEntries(PHASES.map((p) => [p, { ms: mean(times[p]), n: times[p].length }]))));
} finally {
  spinner.kill('SIGKILL');
  rival.kill('SIGKILL');
  await judge.close();
}
