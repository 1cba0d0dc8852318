/**
 * Errors an HTTP client can cause, each a named class with its status and a stable code: the API's
 * error handler (apps/server/src/http-errors.ts) turns them into `{ error: { code, message } }`.
 * Anything else is a bug and a plain 500. These are the ones the catalogue, the queues and the
 * configuration throw; errors only the routes throw are beside the handler.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, 'not_found', message);
  }
}

/** The judge has more waiting than it may hold: come back later. */
export class BusyError extends HttpError {
  constructor(what: string, retryAfterSeconds: number) {
    super(503, 'busy', `${what} is full; try again in ${retryAfterSeconds} s`, { 'retry-after': String(retryAfterSeconds) });
  }
}

/** The server is shutting down and takes no new work. */
export class ShuttingDownError extends HttpError {
  constructor() {
    super(503, 'shutting_down', 'the server is restarting; try again in a few seconds', { 'retry-after': '5' });
  }
}

/** Bad configuration at start-up: not an HTTP error, the server does not start. */
export class ConfigError extends Error {
  readonly code = 'SHOUSI_CONFIG';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
