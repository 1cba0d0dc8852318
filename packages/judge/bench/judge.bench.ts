/**
 * `npm run bench`: the judge's costs, each against a baseline measured in the same run (the machines
 * here are noisy 2-core VMs: read ratios, not absolute figures).
 *
 * 1. Judge overhead: wall time of judging edit-distance's hidden tests (transpile, type-check beside
 *    execution, fresh isolate, copy in, encode out, check) ÷ the same reference solution called on the
 *    same inputs in a fresh plain Node process (cold JIT too, process start-up excluded). Medians of N.
 * 2. Warm type-check latency: p50 / p90 of checking a solution with a warm language service.
 * 3. Worker respawn: SIGKILL a sandbox worker → the pool has a ready replacement.
 * 4. Runtime stability: the reported runtime of N identical submissions (min, max, CV).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ProblemSet } from '@shousi/problem-kit';
import { Judge, buildWorkerScript, SandboxPool } from '../src/index.js';
import { cv, median, pct, plainNode } from './support.js';

const N = Number(process.env.BENCH_N ?? 20);
const PROBLEMS = join(import.meta.dirname, '..', '..', '..', 'problems');

const row = (name: string, value: string, baseline: string, target: string) => console.log(`${name.padEnd(34)} ${value.padEnd(22)} ${baseline.padEnd(28)} ${target}`);

async function main(): Promise<void> {
  const set = await ProblemSet.loadSome(PROBLEMS, ['edit-distance']);
  const problem = set.get('edit-distance');
  const judge = await Judge.create();
  const tests = await judge.hiddenTests(problem);
  const inputs = tests.map((t) => t.input);
  console.log(`shousi bench — ${new Date().toISOString()} — node ${process.version}, N = ${N}\n`);
  row('measure', 'shousi', 'baseline (same run)', 'target');
  row('-'.repeat(34), '-'.repeat(22), '-'.repeat(28), '-'.repeat(10));

  // 1. Judge overhead: interleave judge and baseline runs so that load drifts hit both alike.
  await judge.submit(problem, problem.solution);
  const judged: number[] = [];
  const plainWall: number[] = [];
  const plainCalls: number[] = [];
  for (let i = 0; i < N; i++) {
    const code = `${problem.solution}\n// run ${i}\n`; // distinct text: nothing may be cached by source
    const t0 = performance.now();
    const r = await judge.submit(problem, code);
    judged.push(performance.now() - t0);
    if (r.verdict !== 'AC') throw new Error(`reference not accepted: ${r.verdict}`);
    const p = await plainNode(problem.solution, problem.entry.name, inputs);
    plainWall.push(p.wall);
    plainCalls.push(p.calls);
  }
  row(`judge wall, edit-distance (${tests.length} tests)`, `${median(judged).toFixed(1)} ms p50`, `\`node run.js\` ${median(plainWall).toFixed(1)} ms p50`, '');
  row('  judge / plain-Node process', (median(judged) / median(plainWall)).toFixed(2), '', '≤ 1.3');
  row('  judge / the calls alone', (median(judged) / median(plainCalls)).toFixed(2), `calls alone ${median(plainCalls).toFixed(1)} ms p50`, '(overhead, incl. type-check)');

  // 2. Warm type-check latency.
  const checks: number[] = [];
  for (let i = 0; i < Math.max(N, 30); i++) {
    const t0 = performance.now();
    await judge.typecheck(problem, `${problem.solution}\nconst unused${i} = ${i};\n`);
    checks.push(performance.now() - t0);
  }
  row('warm type-check', `${median(checks).toFixed(1)} ms p50`, `p90 ${pct(checks, 0.9).toFixed(1)} ms`, 'p50 ≤ 30 ms');

  // 4. Runtime stability: N identical submissions back to back, as a user re-judging would see them.
  const runtimes: number[] = [];
  for (let i = 0; i < N; i++) runtimes.push((await judge.submit(problem, problem.solution)).runtimeMs!);
  row('reported runtime, identical code', `CV ${(cv(runtimes) * 100).toFixed(1)}%`, `min ${Math.min(...runtimes).toFixed(1)} / max ${Math.max(...runtimes).toFixed(1)} ms`, '');
  await judge.close();

  // 3. Worker respawn after SIGKILL: with the pool's spare (the default), and with a fresh process alone.
  const respawn = async (spare: boolean): Promise<number[]> => {
    const pool = new SandboxPool({ workerScript: buildWorkerScript('sandbox/worker.ts'), size: 1, spare });
    await pool.ready();
    const xs: number[] = [];
    for (let i = 0; i < Math.max(5, Math.min(N, 10)); i++) {
      await new Promise((r) => setTimeout(r, spare ? 400 : 50)); // let the new spare finish starting
      const [pid] = pool.pids();
      const t0 = performance.now();
      process.kill(pid!, 'SIGKILL');
      while (pool.pids()[0] === pid) await new Promise((r) => setTimeout(r, 1));
      await pool.ready();
      xs.push(performance.now() - t0);
    }
    await pool.close();
    return xs;
  };
  const withSpare = await respawn(true);
  const fresh = await respawn(false);
  const spawnPlain: number[] = [];
  for (let i = 0; i < fresh.length; i++) {
    const t0 = performance.now();
    await new Promise((r) => spawn(process.execPath, ['--no-node-snapshot', '-e', ''], { stdio: 'ignore' }).on('exit', r));
    spawnPlain.push(performance.now() - t0);
  }
  row('worker respawn after SIGKILL', `${median(withSpare).toFixed(1)} ms p50`, 'kill → a ready worker serves', '≤ 300 ms');
  row('  fresh worker process (no spare)', `${median(fresh).toFixed(1)} ms p50`, `\`node --no-node-snapshot -e ''\` ${median(spawnPlain).toFixed(1)} ms`, '');
}

await main();
