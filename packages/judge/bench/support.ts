/** What the benchmarks share: order statistics, and the plain-Node baseline every figure is set beside. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export const median = (xs: number[]): number => pct(xs, 0.5);
export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
};
/** Coefficient of variation: the standard deviation over the mean. */
export const cv = (xs: number[]): number => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length) / m;
};

/**
 * A script that runs the solution on the inputs and prints `{ ms, passes }`: the time of the calls
 * alone, and how many passes over the inputs it made (one, or as many as fit in `loopMs`). Delete
 * `dir` when done.
 */
export async function plainScript(code: string, entry: string, inputs: unknown[][], loopMs = 0): Promise<{ file: string; dir: string }> {
  const js = (await esbuild.transform(code, { loader: 'ts', target: 'es2022' })).code;
  const dir = mkdtempSync(join(tmpdir(), 'shousi-bench-'));
  const file = join(dir, 'run.mjs');
  writeFileSync(file, `${js}
const inputs = ${JSON.stringify(inputs)};
const t0 = performance.now();
let sink = 0;
let passes = 0;
do {
  for (const args of inputs) sink += Number(${entry}(...args));
  passes++;
} while (performance.now() - t0 < ${loopMs});
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, passes, sink }));
`);
  return { file, dir };
}

/** Runs a plainScript in a fresh `node` (confined to the `cpus` taskset list, if given). */
export function runPlain(file: string, cpus?: string): Promise<{ ms: number; passes: number }> {
  const node = [process.execPath, file];
  const [command, ...args] = cpus === undefined ? node : ['taskset', '--cpu-list', cpus, ...node];
  return new Promise((resolve, reject) => {
    const p = spawn(command!, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`plain node exited ${code}`))));
  });
}

/**
 * The solution on the inputs in a fresh `node` process: resolves with the wall time of the whole process
 * (what "run it with node" costs) and the time of the calls alone (what the solution itself costs).
 */
export async function plainNode(code: string, entry: string, inputs: unknown[][]): Promise<{ wall: number; calls: number }> {
  const { file, dir } = await plainScript(code, entry, inputs);
  const t0 = performance.now();
  try {
    const { ms } = await runPlain(file);
    return { wall: performance.now() - t0, calls: ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The solution's runtime as shousi reports it, measured the same way in a fresh plain `node`: each
 * input's fastest of `passes` passes, summed. The baseline for runtime stability: what the machine
 * itself gives when nothing of shousi's is in the way.
 */
export async function plainRuntime(code: string, entry: string, inputs: unknown[][], passes: number): Promise<number> {
  const js = (await esbuild.transform(code, { loader: 'ts', target: 'es2022' })).code;
  const dir = mkdtempSync(join(tmpdir(), 'shousi-bench-'));
  const file = join(dir, 'runtime.mjs');
  writeFileSync(file, `${js}
const inputs = ${JSON.stringify(inputs)};
const fastest = inputs.map(() => Infinity);
let sink = 0;
for (let pass = 0; pass < ${passes}; pass++) {
  inputs.forEach((args, i) => {
    const t0 = performance.now();
    sink += Number(${entry}(...args));
    fastest[i] = Math.min(fastest[i], performance.now() - t0);
  });
}
process.stdout.write(JSON.stringify({ ms: fastest.reduce((a, b) => a + b, 0), passes: ${passes}, sink }));
`);
  try {
    return (await runPlain(file)).ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
