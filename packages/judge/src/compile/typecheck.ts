/**
 * Host side of the warm type checker: a worker thread, requests matched to answers by id. A check that
 * runs too long (TypeScript's type system is Turing-complete: a hostile type can spin it) is answered
 * with a compile error, and the thread is replaced; so is a thread that dies.
 */
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

type Answer = { id: number; diagnostics?: Diagnostic[]; error?: string };
interface Pending { resolve: (d: Diagnostic[] | 'timeout') => void; reject: (e: Error) => void; timer: NodeJS.Timeout }

export class TypeChecker {
  private worker!: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  warm!: Promise<void>;

  constructor(private readonly script: string, private readonly timeoutMs = 10_000) {
    this.start();
  }

  private start(): void {
    // Its own heap, capped: a type that makes TypeScript allocate without end must not take the
    // process that hosts the judge down with it (the thread dies, a new one starts).
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 768 } });
    this.worker = worker;
    worker.unref();
    worker.on('message', (a: Answer) => {
      const p = this.pending.get(a.id);
      if (!p) return;
      this.settle(a.id);
      if (a.error !== undefined) p.reject(new Error(`type checker failed: ${a.error}`));
      else p.resolve(a.diagnostics!);
    });
    let dead = false;
    const fail = (err: Error): void => {
      if (dead || this.worker !== worker) return;
      dead = true;
      for (const [id, p] of [...this.pending]) {
        this.settle(id);
        p.reject(err);
      }
      if (!this.closed) this.start();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`type checker exited (${code})`)));
    // The first check parses lib.es2023 (~0.5 s): pay it at start-up, not on the first submission.
    this.warm = this.diagnose({ code: '', globals: '', signature: 'unknown', entryName: 'undefined', entryShape: '' }).then(() => {});
    this.warm.catch(() => {});
  }

  private settle(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private diagnose(input: TypeCheckInput): Promise<Diagnostic[] | 'timeout'> {
    const id = this.nextId++;
    const req: CheckRequest = { id, code: input.code, globals: input.globals, signature: input.signature, entryName: input.entryName };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(id);
        resolve('timeout');
        // The thread is stuck inside the checker: replace it (its other requests fail and are retried by no one).
        const stuck = this.worker;
        this.start();
        void stuck.terminate();
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.worker.ref();
      this.worker.postMessage(req);
    });
  }

  /** Type and syntax errors at the user's own lines; an entry point of the wrong kind becomes one clear error. */
  async check(input: TypeCheckInput): Promise<CompileError[]> {
    let diagnostics: Diagnostic[] | 'timeout';
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
    await this.worker.terminate();
  }
}
