/**
 * Configuration, read once at start-up from the environment and validated, so that a typo fails the
 * start with a message instead of surfacing as odd behaviour later. Every key is in `.env.example`.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from './errors.js';

/** The repository's root: defaults are relative to it, whatever directory the server starts in. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const ConfigSchema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  /** Where SQLite's file, the cookie secret and other state live. */
  DATA_DIR: z.string().min(1).default('data'),
  /** `postgres://…` selects PostgreSQL; unset, SQLite in DATA_DIR. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** `redis://…` selects the BullMQ queue and separate judge workers (`npm run worker`). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  /** Namespaces every Redis key and channel: several deployments (or test runs) can share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[\w.-]+$/, 'letters, digits, _ . - only').default('shousi'),
  PROBLEMS_DIR: z.string().min(1).default('problems'),
  /** Sandbox worker processes of the in-process judge; judgements run at most this many at once. */
  JUDGE_WORKERS: int(1, 64).default(Math.max(1, Math.min(availableParallelism(), 4))),
  /** Submissions waiting to be judged beyond which new ones get 503. */
  QUEUE_LIMIT: int(1, 1_000_000).default(1000),
  /** Runs in progress or waiting beyond which new Runs get 503. */
  RUN_LIMIT: int(1, 10_000).default(64),
  /** Per client per minute; 0 turns the limit off. */
  RATE_LIMIT_RUN: int(0, 1_000_000).default(60),
  RATE_LIMIT_SUBMIT: int(0, 1_000_000).default(30),
  /** Signs the identity cookie; unset, a random secret is kept in DATA_DIR. */
  COOKIE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Judging attempts of one submission (a crash or restart mid-judgement costs one) before it is IE. */
  MAX_ATTEMPTS: int(1, 10).default(3),
  /**
   * Judge workers (scaled-out mode): a worker holds a lock on each job it judges and renews it every
   * half of JOB_LOCK_MS; a worker that dies stops renewing, and within about JOB_LOCK_MS plus
   * STALLED_CHECK_MS another worker picks the job up. Judgements run in sandbox processes, so the
   * worker's event loop stays free to renew even during a long judgement.
   */
  JOB_LOCK_MS: int(1_000, 600_000).default(30_000),
  STALLED_CHECK_MS: int(500, 600_000).default(10_000),
  /** Graceful shutdown: how long running judgements may take to finish. */
  SHUTDOWN_GRACE_MS: int(0, 600_000).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the built web app is; served at / when it exists. */
  WEB_DIST: z.string().min(1).default('apps/web/dist'),
});

type Raw = z.infer<typeof ConfigSchema>;
export type Config = Raw & { dataDir: string; problemsDir: string; webDist: string };

/** Parses the environment (or any record of strings); paths are resolved against the repository. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty value (`JUDGE_WORKERS=` in a copied .env.example) means the default.
  const known = Object.fromEntries(Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = ConfigSchema.safeParse(known);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: resolve(REPO_ROOT, c.DATA_DIR),
    problemsDir: resolve(REPO_ROOT, c.PROBLEMS_DIR),
    webDist: resolve(REPO_ROOT, c.WEB_DIST),
  };
}
