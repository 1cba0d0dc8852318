/**
 * The supervisor: a pool of sandbox worker processes. It never loads isolated-vm itself. For every job
 * it arms a wall-clock watchdog (re-armed at each finished test) and an RSS watchdog; a worker that
 * hangs, crashes or outgrows its memory is killed with SIGKILL, the job gets the matching outcome, and
 * a fresh worker takes its place. A dead worker costs one verdict, never the server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { batchSize, type CaseMessage, type JobMessage, type Pack, PACKS_KEPT, type SetupMessage, type WorkerMessage } from './protocol.js';

export interface PoolOptions {
  /** Number of worker processes (default: the machine's parallelism). */
  size?: number;
  /** Path of the bundled worker script. */
  workerScript: string;
  /** Jobs a worker serves before it is replaced (native memory hygiene). */
  recycleAfter?: number;
  /**
   * Resident memory (MiB) after a job, beyond the problem packs the worker holds, past which it is
   * replaced. Each isolate made and disposed leaves about half a megabyte behind in the process
   * (measured: 45 → 450 MiB over 800 jobs), so the count alone lets a worker grow for a long time.
   * The packs are not counted: a replacement would need them sent again (tens of MB for problems
   * with 10^5-element inputs), and counting them replaced workers every few jobs under a mixed load.
   */
  recycleRssMb?: number;
  /** Extra wall-clock allowance per test beyond its time limit, for input copy-in and output encoding. */
  graceMs?: number;
  /**
   * Keep one started worker in reserve, so that a worker lost to a crash or a kill is replaced at once
   * instead of after a process start (~200 ms here, most of it Node booting without its snapshot).
   */
  spare?: boolean;
}

export type JobSpec = Omit<JobMessage, 'type' | 'id' | 'pack' | 'packKey'>;

export interface Killed {
  reason: 'wall' | 'memory' | 'crash';
  detail: string;
}

export interface JobOutcome {
  setup: SetupMessage | null;
  cases: CaseMessage[];
  /** The fastest repeated time of a test, by its position in the job, where a repeat was faster. */
  fastest: Map<number, number>;
  /** Set when the worker died or was killed during the job. */
  killed?: Killed;
  /** A batch ended without saying which of its tests did it: the rest must run again, one call each. */
  unattributed?: boolean;
}

/** Called for each finished test; return false to stop the job early. */
export type OnCase = (c: CaseMessage) => boolean | void;

interface Pending {
  id: number;
  spec: JobSpec;
  pack: Pack;
  onCase?: OnCase;
  resolve: (o: JobOutcome) => void;
  reject: (e: Error) => void;
}

// A stack deep enough for LeetCode's deepest inputs (a recursive LCA down a 10^5-node chain; measured
// ~1.5·10^5 frames of it, ~3.8·10^5 trivial frames): the OS limit is raised with ulimit (it also sizes
// isolated-vm's pool threads) and V8's own limit set just below it, since V8 must never run past the
// real stack (notes/sandbox.md §8). Larger stacks make unbounded recursion slow to overflow.
const STACK_KB = 32_768;
const V8_STACK_KB = 30_000;

// V8 on one thread per worker: optimising compilation and garbage collection run inline instead of on
// helper threads. Measured on edit-distance: with concurrent recompilation the reported runtime of the
// same code was bimodal (≈12 ms, or ≈76 ms when the optimised code came too late and the function
// stayed unoptimised), CV 100 %; single-threaded it is ≈25 ms with a CV of ≈4 %. One thread per worker
// also keeps N workers from oversubscribing N cores. Operators may add flags with SHOUSI_V8_FLAGS.
const V8_FLAGS = ['--single-threaded', ...(process.env.SHOUSI_V8_FLAGS?.split(' ').filter(Boolean) ?? [])];

class Worker {
  proc: ChildProcess;
  ready: Promise<void>;
  jobs = 0;
  current: Pending | null = null;
  /** The packs the worker holds, in the order sent (see PACKS_KEPT), with the bytes of their inputs. */
  packs = new Map<string, number>();
  outcome: JobOutcome | null = null;
  timer: NodeJS.Timeout | null = null;
  rssTimer: NodeJS.Timeout | null = null;
  killReason: Killed | null = null;
  /** RSS when the current job started: what the job grew is measured against it. */
  baseRss = 0;
  /** The host stopped the current job (its first failure is known): later results are not wanted. */
  stopped = false;
  stderr = '';
  exited = false;

  constructor(script: string) {
    this.proc = spawn(
      '/bin/sh',
      ['-c', `ulimit -s ${STACK_KB} 2>/dev/null; exec "$0" "$@"`, process.execPath, '--no-node-snapshot', `--stack-size=${V8_STACK_KB}`, ...V8_FLAGS, script],
      // glibc's malloc keeps 16 MB spare instead of returning each freed isolate's memory to the
      // kernel and faulting it in again for the next: a third fewer page faults a job (580 → 370 for
      // edit-distance) and about 2 ms less kernel time.
      // A process group of its own: a terminal's Ctrl-C or Ctrl-Z goes to the host's group, and must
      // not kill or stop a sandbox mid-test (its wall clock runs on); the host decides, and a sandbox
      // exits once the host's channel closes.
      { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced', detached: true, env: { ...process.env, MALLOC_TOP_PAD_: String(16 << 20) } },
    );
    this.proc.stderr!.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-4000);
    });
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: WorkerMessage) => {
        if (m.type === 'ready') {
          this.proc.off('message', onMessage);
          resolve();
        }
      };
      this.proc.on('message', onMessage);
      this.proc.once('exit', (code, signal) => reject(new Error(`sandbox worker exited before it was ready (${signal ?? code}): ${this.stderr}`)));
    });
    this.ready.catch(() => {});
  }
}

const heldBytes = (w: Worker): number => {
  let sum = 0;
  for (const bytes of w.packs.values()) sum += bytes;
  return sum;
};

export class SandboxPool {
  private readonly workers: Worker[] = [];
  private spare: Worker | null = null;
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly size: number;
  private readonly recycleAfter: number;
  private readonly recycleRss: number;
  private readonly graceMs: number;
  /** Workers in a row that died before they were ready: a broken installation, not a bad submission. */
  private failedStarts = 0;
  private startError: Error | null = null;

  constructor(private readonly opts: PoolOptions) {
    this.size = Math.max(1, opts.size ?? availableParallelism());
    this.recycleAfter = opts.recycleAfter ?? 1000;
    this.recycleRss = (opts.recycleRssMb ?? 192) * 2 ** 20;
    this.graceMs = opts.graceMs ?? 2000;
    for (let i = 0; i < this.size; i++) this.workers.push(this.spawn());
    if (opts.spare ?? true) this.spare = this.spawn();
  }

  /** Resolves when every worker has started. */
  async ready(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.ready));
  }

  run(pack: Pack, spec: JobSpec, onCase?: OnCase): Promise<JobOutcome> {
    if (this.closed) return Promise.reject(new Error('the sandbox pool is closed'));
    if (this.startError) return Promise.reject(this.startError);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, spec, pack, onCase, resolve, reject });
      this.dispatch();
    });
  }

  /** Process ids of the current workers (for benchmarks and operators). */
  pids(): number[] {
    return this.workers.map((w) => w.proc.pid!).filter((p) => p !== undefined);
  }

  /** Jobs waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('the sandbox pool is closed'));
    await Promise.all(
      [...this.workers, ...(this.spare ? [this.spare] : [])].map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.exited) return resolve();
            w.proc.once('exit', () => resolve());
            w.proc.kill('SIGKILL');
          }),
      ),
    );
  }

  private spawn(): Worker {
    const w = new Worker(this.opts.workerScript);
    w.proc.on('message', (m: WorkerMessage) => this.onMessage(w, m));
    // The job's outcome waits for 'close', when stderr has been read to its end (it may name a heap OOM).
    w.proc.on('exit', () => { w.exited = true; });
    w.proc.on('close', (code, signal) => this.onExit(w, code, signal));
    w.ready.then(
      () => {
        this.failedStarts = 0;
        this.dispatch();
      },
      (err: Error) => {
        if (++this.failedStarts >= 3) {
          this.startError = err;
          for (const p of this.queue.splice(0)) p.reject(err);
        }
      },
    );
    return w;
  }

  private dispatch(): void {
    for (const w of this.workers) {
      if (this.queue.length === 0) return;
      if (w.current || w.exited) continue;
      this.start(w, this.queue.shift()!);
    }
  }

  private start(w: Worker, job: Pending): void {
    w.current = job;
    w.jobs++;
    w.outcome = { setup: null, cases: [], fastest: new Map() };
    w.killReason = null;
    w.stopped = false;
    const send = (): void => {
      if (w.current !== job || w.exited) return;
      const hasPack = w.packs.has(job.pack.key);
      const msg: JobMessage = { type: 'job', id: job.id, packKey: job.pack.key, ...job.spec, ...(hasPack ? {} : { pack: job.pack }) };
      if (!hasPack) {
        w.packs.set(job.pack.key, job.pack.inputs.reduce((sum, text) => sum + text.length, 0));
        if (w.packs.size > PACKS_KEPT) w.packs.delete(w.packs.keys().next().value!);
      }
      w.baseRss = this.rss(w) ?? 0;
      w.proc.send(msg);
      // Set-up: isolate, harness, the top-level user code (bounded by the time limit), and the pack transfer.
      this.arm(w, job.spec.timeMs + 3000 + this.graceMs);
      this.watchMemory(w, job.spec.memoryMb);
    };
    w.ready.then(send, () => {});
  }

  private arm(w: Worker, ms: number): void {
    if (w.timer) clearTimeout(w.timer);
    w.timer = setTimeout(() => {
      // A worker that hangs with its memory at the isolate's limit is V8 stuck on a heap OOM (it sleeps
      // on the OOM-ing thread): report it as the memory problem it is.
      const memoryMb = w.current?.spec.memoryMb ?? Infinity;
      const grown = (this.rss(w) ?? 0) - w.baseRss;
      if (grown > memoryMb * 0.9 * 2 ** 20) this.kill(w, { reason: 'memory', detail: `stuck after growing by ${Math.round(grown / 2 ** 20)} MiB` });
      else this.kill(w, { reason: 'wall', detail: `no progress within ${ms} ms` });
    }, ms);
  }

  private rss(w: Worker): number | null {
    try {
      return Number(readFileSync(`/proc/${w.proc.pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      return null;
    }
  }

  private watchMemory(w: Worker, memoryMb: number): void {
    if (w.rssTimer) clearInterval(w.rssTimer);
    // The isolate's memoryLimit is a guideline (2–3× can be reached): the RSS of the whole process is
    // the fence, counted from where this job started, so that what earlier jobs left is not charged to it.
    const limit = w.baseRss + (memoryMb * 3 + 192) * 2 ** 20;
    w.rssTimer = setInterval(() => {
      const rss = this.rss(w);
      if (rss !== null && rss > limit) this.kill(w, { reason: 'memory', detail: `worker RSS ${Math.round(rss / 2 ** 20)} MiB over ${Math.round(limit / 2 ** 20)} MiB` });
    }, 50);
  }

  private kill(w: Worker, reason: Killed): void {
    if (w.exited) return;
    w.killReason ??= reason;
    w.proc.kill('SIGKILL');
  }

  private stopTimers(w: Worker): void {
    if (w.timer) clearTimeout(w.timer);
    if (w.rssTimer) clearInterval(w.rssTimer);
    w.timer = w.rssTimer = null;
  }

  private onMessage(w: Worker, m: WorkerMessage): void {
    const job = w.current;
    if (!job || m.type === 'ready' || m.id !== job.id) return;
    const outcome = w.outcome!;
    switch (m.type) {
      case 'setup':
        outcome.setup = m;
        this.arm(w, job.spec.timeMs + this.graceMs);
        break;
      case 'cases':
        this.arm(w, job.spec.timeMs + this.graceMs);
        for (const c of m.cases) {
          if (w.stopped) break;
          outcome.cases.push(c);
          let more = true;
          try {
            more = job.onCase?.(c) !== false;
          } catch {
            more = false;
          }
          if (!more) {
            w.stopped = true;
            w.proc.send({ type: 'stop', id: job.id });
          }
        }
        break;
      case 'one-by-one':
        outcome.unattributed = true;
        break;
      case 'remeasure':
        for (const [index, ms] of m.fastest) outcome.fastest.set(index, ms);
        this.arm(w, job.spec.timeMs + this.graceMs);
        break;
      case 'done':
        this.finish(w);
        if (w.jobs >= this.recycleAfter || (this.rss(w) ?? 0) > this.recycleRss + heldBytes(w)) this.retire(w);
        this.dispatch();
        break;
    }
  }

  private finish(w: Worker): void {
    this.stopTimers(w);
    const job = w.current!;
    const outcome = w.outcome!;
    w.current = null;
    w.outcome = null;
    // A batch that died without saying which of its tests did it: run the rest again, one call each,
    // so that the verdict names the right test (hostile code only; it costs that code one more run).
    // The batch in flight began at the first test without a result; a test alone in its call needs no rerun.
    const from = outcome.cases.length;
    if (!job.spec.oneByOne && !w.stopped && from < job.spec.tests.length) {
      const diedInBatch = outcome.killed && outcome.setup?.status === 'ok' && batchSize(job.spec.tests, job.pack.inputs.map((t) => t.length), from) > 1;
      if (outcome.unattributed || diedInBatch) {
        this.continueOneByOne(job, outcome);
        return;
      }
    }
    job.resolve(outcome);
  }

  /** Queues the tests `outcome` has no result for as a job of their own, ahead of everything else. */
  private continueOneByOne(job: Pending, outcome: JobOutcome): void {
    const from = outcome.cases.length;
    const shift = (c: CaseMessage): CaseMessage => ({ ...c, index: c.index + from });
    this.queue.unshift({
      id: this.nextId++,
      pack: job.pack,
      spec: { ...job.spec, tests: job.spec.tests.slice(from), oneByOne: true },
      onCase: job.onCase && ((c) => job.onCase!(shift(c))),
      reject: job.reject,
      resolve: (rest) => {
        const killed: Killed | undefined = rest.setup && rest.setup.status !== 'ok'
          // The code behaved differently the second time: what it did then is the verdict.
          ? { reason: rest.setup.status === 'timeout' ? 'wall' : rest.setup.status === 'memory' ? 'memory' : 'crash', detail: rest.setup.error ?? 'the set-up failed when run again' }
          : rest.killed;
        job.resolve({
          setup: outcome.setup,
          cases: [...outcome.cases, ...rest.cases.map(shift)],
          fastest: new Map([...outcome.fastest, ...[...rest.fastest].map(([i, ms]) => [i + from, ms] as const)]),
          killed,
        });
      },
    });
    this.dispatch();
  }

  private retire(w: Worker): void {
    this.replace(w);
    w.exited = true;
    w.proc.kill('SIGKILL');
  }

  /** Puts the spare (or, without one, a new worker) in the place of `w`, and starts a new spare. */
  private replace(w: Worker): void {
    if (this.closed || this.startError) return;
    if (w === this.spare) {
      this.spare = this.spawn();
      return;
    }
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    if (this.spare && !this.spare.exited) {
      this.workers[i] = this.spare;
      this.spare = this.spawn();
      this.dispatch();
    } else {
      this.workers[i] = this.spawn();
    }
  }

  private onExit(w: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    w.exited = true;
    this.stopTimers(w);
    if (w.current) {
      const outcome = w.outcome!;
      // V8 aborts the process on a heap OOM (no catastrophic-error handler: see worker.ts) and says so.
      const oom = /is_heap_oom = 1|heap out of memory|invalid size error/i.test(w.stderr);
      outcome.killed = w.killReason ?? (oom
        ? { reason: 'memory', detail: 'the heap ran out' }
        : { reason: 'crash', detail: `the sandbox process died (${signal ?? `exit code ${code}`})${w.stderr ? `: ${w.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}` });
      this.finish(w);
    }
    this.replace(w);
  }
}
