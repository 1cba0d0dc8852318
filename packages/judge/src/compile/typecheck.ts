/** Host side of the warm type checker: a worker thread, requests matched to answers by id. */
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

export class TypeChecker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  readonly warm: Promise<void>;

  constructor(script: string) {
    this.worker = new Worker(script);
    this.worker.unref();
    this.worker.on('message', (a: Answer) => {
      const p = this.pending.get(a.id);
      if (!p) return;
      this.pending.delete(a.id);
      if (a.error !== undefined) p.reject(new Error(`type checker failed: ${a.error}`));
      else p.resolve(a.diagnostics!);
    });
    this.worker.on('error', (err) => {
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    });
    // The first check parses lib.es2023 (~0.5 s): pay it at start-up, not on the first submission.
    this.warm = this.diagnose({ code: '', globals: '', signature: 'unknown', entryName: 'undefined', entryShape: '' }).then(() => {});
    this.warm.catch(() => {});
  }

  private diagnose(input: TypeCheckInput): Promise<Diagnostic[]> {
    const id = this.nextId++;
    const req: CheckRequest = { id, code: input.code, globals: input.globals, signature: input.signature, entryName: input.entryName };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage(req);
    }).finally(() => {
      if (this.pending.size === 0) this.worker.unref();
    }) as Promise<Diagnostic[]>;
  }

  /** Type and syntax errors at the user's own lines; an entry point of the wrong kind becomes one clear error. */
  async check(input: TypeCheckInput): Promise<CompileError[]> {
    const diagnostics = await this.diagnose(input);
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
    // An error in the user's code often causes the entry check to fail too: show the user's own first.
    return errors.some((e) => !e.message.startsWith('No entry point') && !e.message.startsWith(`${input.entryName} must`))
      ? errors.filter((e) => !e.message.startsWith(`${input.entryName} must`))
      : errors;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
