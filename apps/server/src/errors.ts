/**
 * Errors an HTTP client can cause, each a named class with its status and a stable code: the error
 * handler turns them into `{ error: { code, message } }`. Anything else is a bug and a plain 500.
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

export class RateLimitedError extends HttpError {
  constructor(max: number, after: string) {
    super(429, 'rate_limited', `too many requests: at most ${max} a minute; try again in ${after}`);
  }
}
