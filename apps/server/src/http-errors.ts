/**
 * One error handler for the whole API: every 4xx and 5xx body is `{ error: { code, message, issues? } }`.
 * What a client sent wrong is named; what went wrong inside is logged and never shown. The errors
 * below are the ones only the routes throw; the catalogue's and the queues' are in @shousi/submissions.
 */
import type { ErrorBody } from '@shousi/contracts';
import { HttpError } from '@shousi/submissions';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

export class BadRequestError extends HttpError {
  constructor(code: string, message: string) {
    super(400, code, message);
  }
}

export class CodeTooLargeError extends HttpError {
  constructor(bytes: number, limit: number) {
    super(413, 'code_too_large', `the code is ${Math.ceil(bytes / 1024)} KB; the limit is ${limit / 1024} KB`);
  }
}

export class RateLimitedError extends HttpError {
  constructor(max: number, after: string) {
    super(429, 'rate_limited', `too many requests: at most ${max} a minute; try again in ${after}`);
  }
}

/** Fastify's own client errors, with codes that say what happened. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
};

function body(code: string, message: string, issues?: { path: string; message: string }[]): ErrorBody {
  return { error: issues ? { code, message, issues } : { code, message } };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'request';
      const issues = err.validation.map((v) => ({ path: `${where}${v.instancePath === '/' ? '' : v.instancePath.replace(/\//g, '.')}`, message: v.message ?? 'invalid' }));
      const first = issues[0];
      return reply.status(400).send(body('invalid_request', first ? `${first.path}: ${first.message}` : 'the request is malformed', issues));
    }
    if (err instanceof HttpError) {
      return reply.status(err.statusCode).headers(err.headers).send(body(err.code, err.message));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, cause: err.cause }, 'a response broke its schema');
      return reply.status(500).send(body('internal', 'internal server error'));
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send(body(FASTIFY_CODES[err.code] ?? 'bad_request', err.message));
    }
    req.log.error({ err }, 'request failed');
    return reply.status(500).send(body('internal', 'internal server error'));
  });
}
