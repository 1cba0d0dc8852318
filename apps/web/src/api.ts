/**
 * The API client: every response parsed with the contract's zod schema, every failure a typed error
 * the UI can explain (server unreachable, rate-limited, queue full, not found, bad input).
 */
import {
  ErrorBodySchema, HistorySchema, ProblemDetailSchema, ProblemListSchema, RunResultSchema, SolutionSchema, SubmissionSchema,
  SubmitResponseSchema, type History, type ProblemDetail, type ProblemList, type RunResult, type Solution, type Submission,
} from '@shousi/contracts';
import type { z } from 'zod';

/** The server answered with an error body. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly retryAfter: number | null) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The server could not be reached at all. */
export class NetworkError extends Error {
  constructor() {
    super('network');
    this.name = 'NetworkError';
  }
}

async function request<S extends z.ZodType>(schema: S, url: string, init?: RequestInit): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, credentials: 'same-origin', headers: init?.body ? { 'content-type': 'application/json' } : undefined });
  } catch {
    throw new NetworkError();
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON: a proxy's error page, say
  }
  if (!res.ok) {
    const parsed = ErrorBodySchema.safeParse(body);
    const retry = Number(res.headers.get('retry-after'));
    if (res.status >= 502 && !parsed.success) throw new NetworkError();
    throw new ApiError(res.status, parsed.success ? parsed.data.error.code : 'http_error', parsed.success ? parsed.data.error.message : `HTTP ${res.status}`, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  return schema.parse(body);
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

/**
 * Problem pages, fetched once per slug: they do not change while the server runs, and the app asks
 * for one as soon as the route is known, before the page's code has even loaded. A failure is not kept.
 */
const problems = new Map<string, Promise<ProblemDetail>>();

function problem(slug: string): Promise<ProblemDetail> {
  let p = problems.get(slug);
  if (!p) {
    p = request(ProblemDetailSchema, `/api/problems/${encodeURIComponent(slug)}`);
    problems.set(slug, p);
    p.catch(() => problems.delete(slug));
  }
  return p;
}

export function prefetchProblem(slug: string): void {
  problem(slug).catch(() => {}); // the page reports the error when it asks
}

export const api = {
  problems: (): Promise<ProblemList> => request(ProblemListSchema, '/api/problems'),
  problem,
  solution: (slug: string): Promise<Solution> => request(SolutionSchema, `/api/problems/${encodeURIComponent(slug)}/solution`),
  run: (slug: string, code: string, inputs?: unknown[][]): Promise<RunResult> => request(RunResultSchema, '/api/run', post({ slug, code, inputs })),
  submit: (slug: string, code: string): Promise<{ id: string }> => request(SubmitResponseSchema, '/api/submissions', post({ slug, code })),
  submission: (id: string): Promise<Submission> => request(SubmissionSchema, `/api/submissions/${id}`),
  history: (slug: string, cursor?: string): Promise<History> =>
    request(HistorySchema, `/api/submissions?slug=${encodeURIComponent(slug)}&limit=20${cursor ? `&cursor=${cursor}` : ''}`),
};

/**
 * Follows a submission to its verdict: server-sent events, with polling when the stream breaks (a
 * proxy that buffers, a dropped connection). Calls `onStatus` on every change; resolves when done.
 */
export function followSubmission(id: string, onStatus: (s: Submission['status']) => void): { done: Promise<Submission>; cancel: () => void } {
  let cancelled = false;
  let source: EventSource | null = null;
  const done = new Promise<Submission>((resolve, reject) => {
    const poll = async () => {
      while (!cancelled) {
        try {
          const s = await api.submission(id);
          onStatus(s.status);
          if (s.status === 'done') return resolve(s);
        } catch (err) {
          if (!(err instanceof NetworkError)) return reject(err);
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
    };
    if (typeof EventSource === 'undefined') return void poll();
    source = new EventSource(`/api/submissions/${id}/events`);
    source.addEventListener('status', (e) => onStatus(JSON.parse((e as MessageEvent<string>).data).status));
    source.addEventListener('done', (e) => {
      source?.close();
      resolve(SubmissionSchema.parse(JSON.parse((e as MessageEvent<string>).data).submission));
    });
    source.onerror = () => {
      source?.close();
      if (!cancelled) void poll();
    };
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
      source?.close();
    },
  };
}
