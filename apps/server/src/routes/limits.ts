/** Guards shared by Run and Submit: the code's size, and a per-client rate limit. */
import { MAX_CODE_BYTES } from '@shousi/contracts';
import type { FastifyRequest } from 'fastify';
import { CodeTooLargeError, RateLimitedError } from '../http-errors.js';

/** 413 for code over the limit: checked in bytes, as the judge counts it. */
export function refuseLargeCode(code: string): void {
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes > MAX_CODE_BYTES) throw new CodeTooLargeError(bytes, MAX_CODE_BYTES);
}

/** Route config for @fastify/rate-limit: `max` a minute per client (its owner id); 0 turns it off. */
export function perClient(max: number): { rateLimit: false | object } {
  if (max === 0) return { rateLimit: false };
  return {
    rateLimit: {
      max,
      timeWindow: 60_000,
      keyGenerator: (req: FastifyRequest) => req.owner || req.ip,
      errorResponseBuilder: (_req: FastifyRequest, ctx: { after: string }) => new RateLimitedError(max, ctx.after),
    },
  };
}
