/** What the benchmarks share: order statistics, and the plain-Node baseline every figure is set beside. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
export function plainScript(code: string, entry: string, inputs: unknown[][], loopMs = 0): Promise<{ file: string; dir: string }> {
  return writeScript(code, inputs, `const t0 = performance.now();
let sink = 0;
let passes = 0;
do {
  for (const args of inputs) sink += Number(${entry}(...args));
  passes++;
} while (performance.now() - t0 < ${loopMs});
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, passes, sink }));`);
}

/** The solution transpiled, `inputs` defined, then `body`, in a script of a new temporary folder. */
async function writeScript(code: string, inputs: unknown[][], body: string): Promise<{ file: string; dir: string }> {
  const js = (await esbuild.transform(code, { loader: 'ts', target: 'es2022' })).code;
  const dir = mkdtempSync(join(tmpdir(), 'shousi-bench-'));
  const file = join(dir, 'run.mjs');
  writeFileSync(file, `${js}\nconst inputs = ${JSON.stringify(inputs)};\n${body}\n`);
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
  const { file, dir } = await writeScript(code, inputs, `const fastest = inputs.map(() => Infinity);
let sink = 0;
for (let pass = 0; pass < ${passes}; pass++) {
  inputs.forEach((args, i) => {
    const t0 = performance.now();
    sink += Number(${entry}(...args));
    fastest[i] = Math.min(fastest[i], performance.now() - t0);
  });
}
process.stdout.write(JSON.stringify({ ms: fastest.reduce((a, b) => a + b, 0), passes: ${passes}, sink }));`);
  try {
    return (await runPlain(file)).ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CLOCK_TICK_MS = 10; // USER_HZ = 100 on Linux

interface ProcessRow {
  ppid: number;
  comm: string;
  /** utime + stime, ms. */
  cpuMs: number;
  /** cutime + cstime, ms: the CPU of its children that have ended and been waited for. */
  reapedMs: number;
  rssPages: number;
}

/** Every process now, from /proc (Linux only). */
function processTable(): Map<number, ProcessRow> {
  const table = new Map<number, ProcessRow>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may contain spaces; the fields after it are plain.
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), {
        ppid: Number(f[1]),
        comm: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
        cpuMs: (Number(f[11]) + Number(f[12])) * CLOCK_TICK_MS,
        reapedMs: (Number(f[13]) + Number(f[14])) * CLOCK_TICK_MS,
        rssPages: Number(f[21]),
      });
    } catch {
      // The process ended while being read.
    }
  }
  return table;
}

/** The pids of the tree under `root`, root first. */
function treeOf(table: Map<number, ProcessRow>, root: number): number[] {
  const pids = [root];
  for (let i = 0; i < pids.length; i++) for (const [pid, row] of table) if (row.ppid === pids[i]) pids.push(pid);
  return pids.filter((pid) => table.has(pid));
}

/**
 * CPU time (ms) of each process of a tree (a server or a judge worker, its sandbox processes,
 * esbuild), the RSS (MB) of them all and of the root alone (the type checker is a thread of it), and
 * the pids. Linux only: read from /proc.
 */
export function treeUsage(root: number): { rssMb: number; rootRssMb: number; pids: number[]; cpuByPid: Map<number, number> } {
  const table = processTable();
  const pids = treeOf(table, root);
  const mb = (pages: number): number => (pages * 4096) / 2 ** 20;
  return {
    rssMb: mb(pids.reduce((sum, pid) => sum + table.get(pid)!.rssPages, 0)),
    rootRssMb: mb(table.get(root)?.rssPages ?? 0),
    pids,
    cpuByPid: new Map(pids.map((pid) => [pid, table.get(pid)!.cpuMs])),
  };
}

/**
 * CPU time so far, in ms, for telling where the CPU of a stretch of work went (the difference of two
 * calls): each group of process trees by the name given, PostgreSQL's and Redis's servers (found by
 * name), this process, and `machine`, the busy time of every core, the kernel's included. A process
 * that ended in between counts if its parent is still in the group.
 */
export function cpuSplit(groups: Record<string, number[]>): Record<string, number> {
  const table = processTable();
  // A process's own CPU and that of its ended children: a PostgreSQL backend that closes, or a
  // sandbox process that is replaced, keeps counting.
  const trees = (roots: number[]) => roots.reduce((sum, root) => sum + treeOf(table, root).reduce((s, pid) => s + table.get(pid)!.cpuMs + table.get(pid)!.reapedMs, 0), 0);
  const servers = (comm: string) => [...table].filter(([, r]) => r.comm === comm && table.get(r.ppid)?.comm !== comm).map(([pid]) => pid);
  const out: Record<string, number> = {};
  for (const [name, roots] of Object.entries(groups)) out[name] = trees(roots);
  out.PostgreSQL = trees(servers('postgres'));
  out.Redis = trees(servers('redis-server'));
  const self = process.cpuUsage();
  // With the processes it ran and waited for (plain-Node passes): not those of the groups, still alive.
  out.bench = (self.user + self.system) / 1000 + (table.get(process.pid)?.reapedMs ?? 0);
  // /proc/stat's first line: user nice system idle iowait irq softirq steal …, in ticks.
  const t = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  out.machine = (t[0]! + t[1]! + t[2]! + t[5]! + t[6]! + t[7]!) * CLOCK_TICK_MS;
  return out;
}
