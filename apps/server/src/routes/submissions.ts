import { randomUUID } from 'node:crypto';
import {
  ErrorBodySchema, HistoryQuerySchema, HistorySchema, SubmissionIdParamsSchema, SubmissionSchema, SubmitRequestSchema,
  SubmitResponseSchema, type SubmissionEvent,
} from '@shousi/contracts';
import { BusyError, decodeCursor, NotFoundError } from '@shousi/submissions';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BadRequestError } from '../http-errors.js';
import type { Services } from '../services.js';
import { perClient, refuseLargeCode } from './limits.js';

/** A comment line this often keeps proxies from closing an idle event stream. */
const HEARTBEAT_MS = 15_000;

export const submissionRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { catalog, store, queue, events, config } = services;
  const notYours = () => new NotFoundError('no such submission');

  app.post('/api/submissions', {
    config: perClient(config.RATE_LIMIT_SUBMIT),
    schema: {
      tags: ['submissions'],
      summary: 'Submit code against the hidden tests; judged in the background',
      body: SubmitRequestSchema,
      response: { 202: SubmitResponseSchema, 400: ErrorBodySchema, 404: ErrorBodySchema, 413: ErrorBodySchema, 429: ErrorBodySchema, 503: ErrorBodySchema },
    },
  }, async (req, reply) => {
    const { slug, code } = req.body;
    refuseLargeCode(code);
    catalog.get(slug);
    const stats = queue.stats();
    if (stats.waiting >= stats.limit) throw new BusyError('the judge queue', Math.max(1, Math.ceil(stats.waiting / 50)));
    const { id } = await store.create({ id: randomUUID(), owner: req.owner, slug, code });
    try {
      await queue.enqueue(id);
    } catch (err) {
      // Refused after all (a race for the last place, or shutting down): it was never accepted.
      await store.remove(id);
      throw err;
    }
    return reply.status(202).header('location', `/api/submissions/${id}`).send({ id, status: 'queued' as const });
  });

  app.get('/api/submissions/:id', {
    schema: {
      tags: ['submissions'],
      summary: 'A submission of the caller: its status and, when done, its verdict',
      params: SubmissionIdParamsSchema,
      response: { 200: SubmissionSchema, 404: ErrorBodySchema },
    },
  }, async (req) => (await store.getOwned(req.params.id, req.owner)) ?? Promise.reject(notYours()));

  app.get('/api/submissions', {
    schema: {
      tags: ['submissions'],
      summary: 'The caller\'s submissions, newest first',
      querystring: HistoryQuerySchema,
      response: { 200: HistorySchema, 400: ErrorBodySchema },
    },
  }, async (req) => {
    const { slug, limit, cursor } = req.query;
    const decoded = cursor === undefined ? undefined : decodeCursor(cursor);
    if (decoded === null) throw new BadRequestError('invalid_cursor', 'cursor: not a cursor this server gave out; pass nextCursor from the previous page');
    return await store.history(req.owner, { slug, limit, cursor: decoded });
  });

  app.get('/api/submissions/:id/events', {
    schema: {
      tags: ['submissions'],
      summary: 'Server-sent events until the verdict: `status` (queued, running) then `done` with the submission',
      params: SubmissionIdParamsSchema,
      response: { 200: z.string().describe('text/event-stream'), 404: ErrorBodySchema },
    },
  }, async (req, reply) => {
    const { id } = req.params;
    // Subscribe before reading the state, so that a verdict landing in between is not missed.
    const pending: SubmissionEvent[] = [];
    let deliver: (e: SubmissionEvent) => void = (e) => void pending.push(e);
    const unsubscribe = events.subscribe(id, (e) => deliver(e));
    const current = await store.getOwned(id, req.owner);
    if (!current) {
      unsubscribe();
      throw notYours();
    }
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    let open = true;
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    const end = () => {
      if (!open) return;
      open = false;
      clearInterval(heartbeat);
      unsubscribe();
      res.end();
    };
    req.raw.on('close', end);
    const send = (e: SubmissionEvent) => {
      if (!open) return;
      res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
      if (e.type === 'done') end();
    };
    res.write('retry: 2000\n\n');
    if (current.status === 'done') return send({ type: 'done', submission: current });
    send({ type: 'status', id, status: current.status });
    deliver = send;
    for (const e of pending) send(e);
  });
};
