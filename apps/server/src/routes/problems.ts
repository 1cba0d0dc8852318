import { ErrorBodySchema, ProblemDetailSchema, ProblemListSchema, SlugParamsSchema, SolutionSchema } from '@shousi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../services.js';

export const problemRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { catalog, store } = services;

  app.get('/api/problems', {
    schema: { tags: ['problems'], summary: 'Every problem, with the caller\'s status', response: { 200: ProblemListSchema } },
  }, async (req) => catalog.list(await store.statusBySlug(req.owner)));

  app.get('/api/problems/:slug', {
    schema: {
      tags: ['problems'],
      summary: 'A problem\'s statement, starter code, samples, limits and editor declarations',
      params: SlugParamsSchema,
      response: { 200: ProblemDetailSchema, 404: ErrorBodySchema },
    },
  }, async (req) => catalog.detail(req.params.slug));

  app.get('/api/problems/:slug/solution', {
    schema: {
      tags: ['problems'],
      summary: 'The reference solution and its explanation',
      params: SlugParamsSchema,
      response: { 200: SolutionSchema, 404: ErrorBodySchema },
    },
  }, async (req) => catalog.solution(req.params.slug));
};
