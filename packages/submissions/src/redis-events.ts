/**
 * Submission events over Redis pub/sub, for the scaled-out mode: a judge worker publishes, and every
 * API replica hears every event and hands it to the SSE streams it holds. One channel for all
 * submissions, subscribed once at start-up: a per-submission SUBSCRIBE would take effect a round trip
 * after the SSE route reads the state, and a verdict landing in that gap would be missed. The events
 * are few (two or three per submission), so every replica hearing all of them costs nothing.
 */
import { EventEmitter } from 'node:events';
import type { SubmissionEvent } from '@shousi/contracts';
import { Redis } from 'ioredis';
import type { SubmissionEvents } from './events.js';

interface Envelope {
  id: string;
  event: SubmissionEvent;
}

export interface RedisEventsOptions {
  url: string;
  prefix: string;
  /** Subscribe as well as publish: the API does, a judge worker only publishes. */
  listen: boolean;
  onError: (err: unknown) => void;
}

export class RedisSubmissionEvents implements SubmissionEvents {
  private readonly emitter = new EventEmitter();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis | null,
    private readonly channel: string,
    private readonly onError: (err: unknown) => void,
  ) {
    this.emitter.setMaxListeners(0); // one listener per open SSE stream
  }

  static async connect(opts: RedisEventsOptions): Promise<RedisSubmissionEvents> {
    const channel = `${opts.prefix}:submission-events`;
    const publisher = new Redis(opts.url, { connectionName: 'shousi-events-pub', lazyConnect: true });
    publisher.on('error', opts.onError);
    await publisher.connect();
    let subscriber: Redis | null = null;
    if (opts.listen) {
      subscriber = new Redis(opts.url, { connectionName: 'shousi-events-sub', lazyConnect: true });
      subscriber.on('error', opts.onError);
      await subscriber.connect();
      // ioredis re-subscribes by itself after a reconnect.
      await subscriber.subscribe(channel);
    }
    const events = new RedisSubmissionEvents(publisher, subscriber, channel, opts.onError);
    subscriber?.on('message', (ch: string, message: string) => {
      if (ch === channel) events.deliver(message);
    });
    return events;
  }

  publish(id: string, event: SubmissionEvent): void {
    const envelope: Envelope = { id, event };
    // Losing an event costs a stream its live update, never the verdict: the client falls back to polling.
    this.publisher.publish(this.channel, JSON.stringify(envelope)).catch(this.onError);
  }

  subscribe(id: string, listener: (event: SubmissionEvent) => void): () => void {
    this.emitter.on(id, listener);
    return () => this.emitter.off(id, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
    await Promise.all([this.publisher, this.subscriber].map((c) => c?.quit().catch(() => c.disconnect())));
  }

  private deliver(message: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch (err) {
      this.onError(err);
      return;
    }
    this.emitter.emit(envelope.id, envelope.event);
  }
}
