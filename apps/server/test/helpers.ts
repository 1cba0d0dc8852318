/** Test helpers: a small problem set, a throwaway data directory, and the identity cookie. */
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Submission } from '@shousi/contracts';
import { type Config, loadConfig, REPO_ROOT } from '@shousi/submissions';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** The problems the server tests use, linked into a folder of their own (fast to load, unaffected by the rest). */
export const TEST_PROBLEMS = ['dp/climbing-stairs', 'hand-coding/edit-distance', 'binary-tree/lowest-common-ancestor'];

export function problemsDir(): string {
  // Inside the repository, so that the linked problem.ts files resolve @shousi/problem-kit.
  mkdirSync(join(REPO_ROOT, '.cache'), { recursive: true });
  const root = mkdtempSync(join(REPO_ROOT, '.cache', 'test-problems-'));
  for (const p of TEST_PROBLEMS) {
    const [section, slug] = p.split('/') as [string, string];
    mkdirSync(join(root, section), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'problems', section, slug), join(root, section, slug));
  }
  return root;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'shousi-data-')),
    PROBLEMS_DIR: problemsDir(),
    JUDGE_WORKERS: '1',
    LOG_LEVEL: 'silent',
    SHUTDOWN_GRACE_MS: '5000',
    ...env,
  });
}

/** The `cookie` header that carries the identity a response handed out. */
export function cookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((k) => k.name === 'shousi_owner');
  if (!c) throw new Error('no identity cookie in the response');
  return `shousi_owner=${c.value}`;
}

export async function waitDone(app: FastifyInstance, id: string, cookie: string, timeoutMs = 90_000): Promise<Submission> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await app.inject({ method: 'GET', url: `/api/submissions/${id}`, headers: { cookie } });
    const s = res.json() as Submission;
    if (s.status === 'done') return s;
    if (Date.now() > until) throw new Error(`submission ${id} still ${s.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const CLIMB_AC = 'function climbStairs(n: number): number {\n  let a = 1, b = 1;\n  for (let i = 0; i < n; i++) [a, b] = [b, a + b];\n  return a;\n}\n';
export const CLIMB_WA = 'function climbStairs(n: number): number {\n  return n;\n}\n';
export const CLIMB_CE = 'function climbStairs(n: number): number {\n  const s: string = n;\n  return n;\n}\n';
/** Correct but exponential: TLE on n = 45. */
export const CLIMB_TLE = 'function climbStairs(n: number): number {\n  return n <= 1 ? 1 : climbStairs(n - 1) + climbStairs(n - 2);\n}\n';
