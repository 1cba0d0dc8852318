/**
 * Where a submission's progress is announced: the judging side publishes, SSE streams subscribe. In
 * one process an EventEmitter is enough; the scaled-out mode puts Redis pub/sub behind the same shape.
 */
import { EventEmitter } from 'node:events';
import type { SubmissionEvent } from '@shousi/contracts';

export interface SubmissionEvents {
  publish(id: string, event: SubmissionEvent): void;
  /** Calls `listener` for every later event of `id`; returns the unsubscribe function. */
  subscribe(id: string, listener: (event: SubmissionEvent) => void): () => void;
  close(): Promise<void>;
}

export class LocalSubmissionEvents implements SubmissionEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open SSE stream: many streams are normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  publish(id: string, event: SubmissionEvent): void {
    this.emitter.emit(id, event);
  }

  subscribe(id: string, listener: (event: SubmissionEvent) => void): () => void {
    this.emitter.on(id, listener);
    return () => this.emitter.off(id, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
