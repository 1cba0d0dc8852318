import { ErrorBodySchema, RunRequestSchema, RunResultSchema } from '@shousi/contracts';
import { ReferenceFailedError } from '@shousi/judge';
import { InvalidInputError } from '@shousi/problem-kit';
import { BusyError } from '@shousi/submissions';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BadRequestError } from '../http-errors.js';
import type { Services } from '../services.js';
import { perClient, refuseLargeCode } from './limits.js';

export const runRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { catalog, judge, config, runs } = services;

  app.post('/api/run', {
    config: perClient(config.RATE_LIMIT_RUN),
    schema: {
      tags: ['run'],
      summary: 'Run code on the samples or on custom inputs; each case comes with the reference solution\'s output',
      body: RunRequestSchema,
      response: { 200: RunResultSchema, 400: ErrorBodySchema, 404: ErrorBodySchema, 413: ErrorBodySchema, 429: ErrorBodySchema, 503: ErrorBodySchema },
    },
  }, async (req) => {
    const { slug, code, input, inputs } = req.body;
    refuseLargeCode(code);
    const problem = catalog.get(slug);
    if (runs.active >= config.RUN_LIMIT) throw new BusyError('the run queue', 2);
    runs.active++;
    try {
      const custom = inputs ?? (input ? [input] : undefined);
      return await judge.run(problem, code, custom);
    } catch (err) {
      if (err instanceof InvalidInputError) throw new BadRequestError('invalid_input', err.message);
      // The reference solution failed on an input that passed the validator: the input is not one
      // the problem means, whatever the validator says; tell the user rather than fail.
      if (err instanceof ReferenceFailedError) throw new BadRequestError('invalid_input', `the reference solution cannot answer this input: ${err.message}`);
      throw err;
    } finally {
      runs.active--;
    }
  });
};
