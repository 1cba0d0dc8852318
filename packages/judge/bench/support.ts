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
 * The solution on the inputs in a fresh `node` process: resolves with the wall time of the whole process
 * (what "run it with node" costs) and the time of the calls alone (what the solution itself costs).
 */
export async function plainNode(code: string, entry: string, inputs: unknown[][]): Promise<{ wall: number; calls: number }> {
  const js = (await esbuild.transform(code, { loader: 'ts', target: 'es2022' })).code;
  const dir = mkdtempSync(join(tmpdir(), 'shousi-bench-'));
  const file = join(dir, 'run.mjs');
  writeFileSync(file, `${js}\nconst inputs = ${JSON.stringify(inputs)};\nconst t0 = performance.now();\nlet sink = 0;\nfor (const args of inputs) sink += Number(${entry}(...args));\nconst ms = performance.now() - t0;\nprocess.stdout.write(JSON.stringify({ ms, sink }));\n`);
  const t0 = performance.now();
  try {
    return await new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('exit', (code) => (code === 0 ? resolve({ wall: performance.now() - t0, calls: JSON.parse(out).ms }) : reject(new Error(`plain node exited ${code}`))));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
