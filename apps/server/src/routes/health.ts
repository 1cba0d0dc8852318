import { HealthSchema } from '@shousi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../services.js';

const VERSION = '0.1.0';

export const healthRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get('/api/health', { schema: { tags: ['health'], summary: 'Liveness and queue depth', response: { 200: HealthSchema } } }, async () => ({
    status: 'ok' as const,
    version: VERSION,
    problems: services.catalog.size,
    database: services.dbKind,
    queue: services.queue.stats(),
  }));
};
