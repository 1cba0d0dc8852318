/**
 * Host side of the warm type checker: a worker thread that checks one submission at a time, fed from
 * a queue here. TypeScript's type system is Turing-complete, so a hostile type can spin the checker:
 * each check is limited by the thread's own CPU time (read from /proc on Linux; wall-clock time
 * elsewhere), counted from when the check starts, never while it waits its turn. A check over the
 * limit is a compile error and the thread is replaced; so is a thread that dies.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { CompileError } from '../result.js';
import type { CheckRequest, Diagnostic } from './typecheck-worker.js';

export interface TypeCheckInput {
  code: string;
  globals: string;
  signature: string;
  entryName: string;
  /** How the entry point should be written, for the message when it is missing. */
  entryShape: string;
}

type Answer = { id: number; diagnostics?: Diagnostic[]; error?: string } | { ready: true; statFile: string | null };
type Outcome = Diagnostic[] | 'timeout';

interface Job {
  req: CheckRequest;
  resolve: (d: Outcome) => void;
  reject: (e: Error) => void;
}

/** How often a running check's CPU time is looked at. */
const POLL_MS = 100;
/** Wall-clock backstop, as a multiple of the CPU limit: a thread starved that long is replaced too. */
const WALL_FACTOR = 6;

export class TypeChecker {
  private worker!: Worker;
  /** The thread has loaded TypeScript and checked once: checks go to it only then. */
  private ready = false;
  /** Where the thread's CPU time is; null where it cannot be read (then wall-clock time is limited). */
  private statFile: string | null = null;
  private readonly queue: Job[] = [];
  private current: { job: Job; poll: NodeJS.Timeout } | null = null;
  private nextId = 1;
  private closed = false;
  warm!: Promise<void>;

  private onReady: (() => void) | null = null;

  constructor(private readonly script: string, private readonly timeoutMs = 10_000) {
    /** Resolves when the first thread is ready (it warms itself up: TypeScript's libs parsed). */
    this.warm = new Promise((resolve) => (this.onReady = resolve));
    this.start();
  }

  private start(): void {
    // Its own heap, capped: a type that makes TypeScript allocate without end must not take the
    // process that hosts the judge down with it (the thread dies, a new one starts).
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 768 } });
    this.worker = worker;
    this.ready = false;
    worker.unref();
    worker.on('message', (a: Answer) => {
      if (this.worker !== worker) return;
      if ('ready' in a) {
        this.ready = true;
        this.statFile = a.statFile;
        this.onReady?.();
        this.onReady = null;
        this.dispatch();
        return;
      }
      const cur = this.current;
      if (!cur || cur.job.req.id !== a.id) return;
      this.finish();
      if (a.error !== undefined) cur.job.reject(new Error(`type checker failed: ${a.error}`));
      else cur.job.resolve(a.diagnostics!);
    });
    const fail = (err: Error): void => {
      if (this.worker !== worker) return; // replaced on purpose
      const cur = this.current;
      this.finish();
      cur?.job.reject(err);
      if (!this.closed) this.start();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`type checker exited (${code})`)));
    this.dispatch();
  }

  /** The checker thread's CPU time in ms, or null where it cannot be read. */
  private cpuMs(): number | null {
    if (!this.statFile) return null;
    try {
      const stat = readFileSync(this.statFile, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, fields 14 and 15 of proc(5), in clock ticks of 10 ms.
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return null;
    }
  }

  private dispatch(): void {
    if (this.current || this.closed || !this.ready) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker.unref();
      return;
    }
    this.worker.ref();
    const cpuAtStart = this.cpuMs();
    const wallAtStart = performance.now();
    const poll = setInterval(() => {
      const wall = performance.now() - wallAtStart;
      const cpu = this.cpuMs();
      const used = cpu === null || cpuAtStart === null ? wall : cpu - cpuAtStart;
      if (used > this.timeoutMs || wall > this.timeoutMs * WALL_FACTOR) this.timeOut();
    }, POLL_MS);
    this.current = { job, poll };
    this.worker.postMessage(job.req);
  }

  private finish(): void {
    if (this.current) clearInterval(this.current.poll);
    this.current = null;
    queueMicrotask(() => this.dispatch());
  }

  /** The thread is stuck inside the checker: answer 'timeout' and replace it. */
  private timeOut(): void {
    const cur = this.current;
    if (!cur) return;
    const stuck = this.worker;
    clearInterval(cur.poll);
    this.current = null;
    cur.job.resolve('timeout');
    this.start();
    void stuck.terminate();
  }

  private diagnose(input: TypeCheckInput): Promise<Outcome> {
    const req: CheckRequest = { id: this.nextId++, code: input.code, globals: input.globals, signature: input.signature, entryName: input.entryName };
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error('the type checker is closed'));
      this.queue.push({ req, resolve, reject });
      this.dispatch();
    });
  }

  /** Type and syntax errors at the user's own lines; an entry point of the wrong kind becomes one clear error. */
  async check(input: TypeCheckInput): Promise<CompileError[]> {
    let diagnostics: Outcome;
    try {
      diagnostics = await this.diagnose(input);
    } catch (err) {
      return [{ line: 1, column: 1, message: `the type checker failed on this code (${(err as Error).message}): simplify the types` }];
    }
    if (diagnostics === 'timeout') {
      return [{ line: 1, column: 1, message: `type checking took longer than ${this.timeoutMs / 1000} s: simplify the types` }];
    }
    const errors: CompileError[] = [];
    for (const d of diagnostics) {
      if (!d.entry) {
        errors.push({ line: d.line, column: d.column, message: `TS${d.code}: ${d.message}` });
      } else if (d.code === 2304 || d.code === 2552) {
        errors.push({ line: 1, column: 1, message: `No entry point: define \`${input.entryShape}\`` });
      } else {
        errors.push({ line: 1, column: 1, message: `${input.entryName} must have the type ${input.signature}: TS${d.code}: ${d.message}` });
      }
    }
    // An error in the user's code often makes the entry check fail too: then show the user's own errors.
    const own = errors.filter((e) => !e.message.startsWith(`${input.entryName} must`) && !e.message.startsWith('No entry point'));
    return own.length > 0 ? own : errors;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.current) clearInterval(this.current.poll);
    this.current = null;
    for (const job of this.queue.splice(0)) job.reject(new Error('the type checker is closed'));
    await this.worker.terminate();
  }
}
