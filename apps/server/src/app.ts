/**
 * The shousi API as a Fastify plugin (`shousiApi`), and `buildApp`, which makes a Fastify instance
 * with everything the plugin needs: zod validation and serialisation, OpenAPI at /api/docs, the
 * identity cookie, rate limits, one error shape. `server.ts` only listens and shuts down.
 */
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Judge } from '@shousi/judge';
import {
  BullmqQueue, Catalog, type Config, createProcessor, LocalQueue, LocalSubmissionEvents, NotFoundError, openDatabase, RedisSubmissionEvents,
  SubmissionStore,
} from '@shousi/submissions';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  type FastifyPluginAsyncZod, jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { installErrorHandling } from './http-errors.js';
import { cookieSecret, identity } from './identity.js';
import { healthRoutes } from './routes/health.js';
import { problemRoutes } from './routes/problems.js';
import { runRoutes } from './routes/run.js';
import { submissionRoutes } from './routes/submissions.js';
import { AppPages, CONTENT_SECURITY_POLICY, hasWebApp, serveWebApp, wantsApp } from './web.js';
import type { Services } from './services.js';

/** The API's routes; expects `req.owner` (the identity plugin) and the error handler to be in place. */
export const shousiApi: FastifyPluginAsyncZod<{ services: Services }> = async (app, opts) => {
  await app.register(healthRoutes, opts);
  await app.register(problemRoutes, opts);
  await app.register(runRoutes, opts);
  await app.register(submissionRoutes, opts);
};

/**
 * Opens the database, loads the problems, starts the judge and the queue. Embedded mode (no REDIS_URL)
 * judges submissions in this process; with REDIS_URL they go to BullMQ for the judge workers
 * (apps/worker), and this process keeps its judge only for Run, which answers in the request.
 */
export async function createServices(config: Config, log: FastifyBaseLogger): Promise<Services> {
  const catalog = await Catalog.load(config.problemsDir, log);
  const { db, kind } = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir });
  const judge = await Judge.create({ workers: config.JUDGE_WORKERS });
  const store = new SubmissionStore(db);
  try {
    if (config.REDIS_URL) {
      if (kind === 'sqlite') log.warn('REDIS_URL without DATABASE_URL: judge workers on other machines cannot reach this SQLite file');
      const { queue, events } = await connectScaledOut(config, config.REDIS_URL, log);
      return { config, catalog, judge, db, dbKind: kind, store, queue, events, runs: { active: 0 } };
    }
  } catch (err) {
    await judge.close();
    await db.destroy();
    throw err;
  }
  const events = new LocalSubmissionEvents();
  const processor = createProcessor({ store, catalog, judge, events, maxAttempts: config.MAX_ATTEMPTS, log });
  const queue = new LocalQueue(processor, {
    concurrency: config.JUDGE_WORKERS,
    limit: config.QUEUE_LIMIT,
    onError: (err, id) => log.error({ err, submission: id }, 'judging a submission failed'),
    handBack: (id) => store.requeue(id),
  });
  return { config, catalog, judge, db, dbKind: kind, store, queue, events, runs: { active: 0 } };
}

async function connectScaledOut(config: Config, url: string, log: FastifyBaseLogger): Promise<Pick<Services, 'queue' | 'events'>> {
  const onError = (err: unknown) => log.error({ err }, 'redis');
  const queue = await BullmqQueue.connect({ url, prefix: config.REDIS_PREFIX, limit: config.QUEUE_LIMIT, attempts: config.MAX_ATTEMPTS, onError });
  try {
    const events = await RedisSubmissionEvents.connect({ url, prefix: config.REDIS_PREFIX, listen: true, onError });
    return { queue, events };
  } catch (err) {
    await queue.close(0);
    throw err;
  }
}

/** Queued or running submissions left by the last process (a crash, a kill) are judged again. */
export async function recover(services: Services, log: FastifyBaseLogger): Promise<number> {
  const backlog = await services.store.unfinished();
  for (const { id } of backlog) await services.queue.enqueue(id, { force: true });
  if (backlog.length > 0) log.info({ count: backlog.length }, 'judging submissions left unfinished by the last run');
  return backlog.length;
}

export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 256 * 1024,
    // Requests carry an id in the logs; the cookie and any authorization never do.
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  const services = await createServices(config, app.log);
  app.addHook('onClose', async () => {
    await services.queue.close(config.SHUTDOWN_GRACE_MS);
    await services.judge.close();
    await services.events.close();
    await services.db.destroy();
  });
  app.addHook('onReady', async () => {
    await recover(services, app.log);
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'shousi API', description: '手撕: problems, run, submit, verdicts', version: '0.1.0' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(identity, { secret: cookieSecret(config.COOKIE_SECRET, config.dataDir) });
  await app.register(rateLimit, { global: false });
  await app.register(shousiApi, { services });

  const web = hasWebApp(config.webDist) ? new AppPages(config.webDist) : undefined;
  if (web) await serveWebApp(app, config.webDist);
  else app.log.warn({ dir: config.webDist }, 'the web app is not built (npm start builds it); serving the API only');
  app.setNotFoundHandler((req, reply) => {
    if (web && wantsApp(req.method, req.url, req.headers.accept)) {
      return reply.header('cache-control', 'no-cache').header('content-security-policy', CONTENT_SECURITY_POLICY).type('text/html; charset=utf-8').send(web.html(req.url));
    }
    throw new NotFoundError(`no route ${req.method} ${req.url.split('?')[0]}`);
  });
  return app;
}
