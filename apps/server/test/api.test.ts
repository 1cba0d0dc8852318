/**
 * The API through app.inject, against a real judge: every endpoint's success and error paths.
 */
import type { History, ProblemDetail, ProblemList, RunResult, Solution, Submission } from '@shousi/contracts';
import { expandTests, loadProblem } from '@shousi/problem-kit';
import { REPO_ROOT } from '@shousi/submissions';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { CLIMB_AC, CLIMB_CE, CLIMB_WA, cookieOf, testConfig, waitDone } from './helpers.js';

let app: FastifyInstance;
let alice: string;
let bob: string;

beforeAll(async () => {
  app = await buildApp(testConfig({ RATE_LIMIT_RUN: '0', RATE_LIMIT_SUBMIT: '0' }));
  await app.ready();
  alice = cookieOf(await app.inject({ method: 'GET', url: '/api/health' }));
  bob = cookieOf(await app.inject({ method: 'GET', url: '/api/health' }));
});
afterAll(async () => {
  await app?.close();
});

const post = (url: string, payload: unknown, cookie = alice) => app.inject({ method: 'POST', url, payload: payload as object, headers: { cookie } });
const get = (url: string, cookie = alice) => app.inject({ method: 'GET', url, headers: { cookie } });

async function submit(code: string, slug = 'climbing-stairs', cookie = alice): Promise<string> {
  const res = await post('/api/submissions', { slug, code }, cookie);
  expect(res.statusCode).toBe(202);
  expect(res.json()).toMatchObject({ status: 'queued' });
  expect(res.headers.location).toBe(`/api/submissions/${res.json().id}`);
  return res.json().id as string;
}

describe('health and identity', () => {
  it('answers health with the queue and database', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', problems: 3, database: 'sqlite', queue: { kind: 'local' } });
  });

  it('hands a new visitor a signed, httpOnly identity cookie, and keeps a valid one', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    const c = res.cookies.find((k) => k.name === 'shousi_owner')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Lax');
    expect(c.value).toMatch(/\./); // value.signature
    const again = await get('/api/health');
    expect(again.cookies.find((k) => k.name === 'shousi_owner')).toBeUndefined();
  });

  it('replaces a forged cookie with a new identity', async () => {
    const forged = alice.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
    const res = await get('/api/health', forged);
    expect(res.cookies.find((k) => k.name === 'shousi_owner')).toBeDefined();
  });
});

describe('problems', () => {
  it('lists every problem with sections, tags and the caller\'s status', async () => {
    const res = await get('/api/problems');
    expect(res.statusCode).toBe(200);
    const list = res.json() as ProblemList;
    expect(list.sections.map((s) => s.id)).toContain('hand-coding');
    expect(list.sections.find((s) => s.id === 'dp')!.name).toEqual({ zh: '动态规划', en: 'Dynamic programming' });
    expect(list.tags.find((t) => t.id === 'dynamic-programming')!.name.zh).toBe('动态规划');
    expect(list.problems.map((p) => p.slug)).toEqual(['lowest-common-ancestor', 'climbing-stairs', 'edit-distance']);
    const climb = list.problems.find((p) => p.slug === 'climbing-stairs')!;
    expect(climb).toMatchObject({ section: 'dp', difficulty: 'easy', leetcode: 70, status: 'none' });
    expect(climb.title.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('serves a problem\'s page: statement, starter, samples, limits and the editor\'s declarations', async () => {
    const res = await get('/api/problems/lowest-common-ancestor');
    expect(res.statusCode).toBe(200);
    const p = res.json() as ProblemDetail;
    expect(p.statement.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(p.statement.en.length).toBeGreaterThan(50);
    expect(p.starter).toContain('function lowestCommonAncestor');
    expect(p.entry).toMatchObject({ kind: 'function', name: 'lowestCommonAncestor' });
    expect(p.entry.inputFields.map((f) => f.name)).toEqual(['root', 'p', 'q']);
    expect(p.styles).toContain('identity');
    expect(p.samples.length).toBeGreaterThan(0);
    expect(p.declarations).toContain('class TreeNode');
    expect(p.compilerOptions).toMatchObject({ target: 'ES2022' });
    expect(p.limits.timeMs).toBeGreaterThan(0);
  });

  it('serves the reference solution with its explanation in both languages', async () => {
    const res = await get('/api/problems/edit-distance/solution');
    expect(res.statusCode).toBe(200);
    const s = res.json() as Solution;
    expect(s.code).toContain('function minDistance');
    expect(s.explanation.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(s.complexity).toEqual({ time: 'O(m·n)', space: 'O(min(m, n))' });
  });

  it('answers an unknown slug with 404 and a malformed one with 400', async () => {
    for (const url of ['/api/problems/no-such-problem', '/api/problems/no-such-problem/solution']) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', message: expect.stringContaining('no-such-problem') });
    }
    const bad = await get('/api/problems/Bad_Slug!');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_request');
    expect(bad.json().error.issues[0].path).toBe('params.slug');
  });

  it('never shows a hidden test\'s input outside a failing case', async () => {
    for (const slug of ['edit-distance', 'lowest-common-ancestor', 'climbing-stairs']) {
      const dir = join(REPO_ROOT, 'problems', slug === 'climbing-stairs' ? 'dp' : slug === 'edit-distance' ? 'hand-coding' : 'binary-tree', slug);
      const problem = await loadProblem(dir);
      const samples = new Set(problem.samples.map((s) => JSON.stringify(s.input)));
      const hidden = expandTests(problem).map((t) => JSON.stringify(t.input)).filter((s) => !samples.has(s) && s.length > 12);
      const bodies = [
        (await get('/api/problems')).body,
        (await get(`/api/problems/${slug}`)).body,
        (await get(`/api/problems/${slug}/solution`)).body,
        (await post('/api/run', { slug, code: problem.starter })).body,
      ].join('\n');
      for (const h of hidden) expect(bodies.includes(h.slice(1, -1)), `${slug}: a hidden input appears`).toBe(false);
    }
  });
});

describe('run', () => {
  it('runs the samples and shows output, expected output and stdout per case', async () => {
    const res = await post('/api/run', { slug: 'climbing-stairs', code: CLIMB_AC.replace('return a;', 'console.log("n =", n);\n  return a;') });
    expect(res.statusCode).toBe(200);
    const r = res.json() as RunResult;
    expect(r.verdict).toBe('AC');
    expect(r.cases.length).toBeGreaterThan(0);
    for (const c of r.cases) {
      expect(c.output).toEqual(c.expected);
      expect(c.stdout).toContain('n =');
    }
  });

  it('shows a wrong answer next to the reference\'s', async () => {
    const r = (await post('/api/run', { slug: 'climbing-stairs', code: CLIMB_WA, input: [10] })).json() as RunResult;
    expect(r.verdict).toBe('WA');
    expect(r.cases).toEqual([expect.objectContaining({ input: [10], output: 10, expected: 89, passed: false })]);
  });

  it('runs several custom inputs', async () => {
    const r = (await post('/api/run', { slug: 'climbing-stairs', code: CLIMB_AC, inputs: [[1], [45]] })).json() as RunResult;
    expect(r.cases.map((c) => c.output)).toEqual([1, 1836311903]);
  });

  it('reports a compile error at the user\'s line', async () => {
    const r = (await post('/api/run', { slug: 'climbing-stairs', code: CLIMB_CE })).json() as RunResult;
    expect(r.verdict).toBe('CE');
    expect(r.compileErrors[0]).toMatchObject({ line: 2 });
  });

  it('refuses a custom input that breaks the constraints, naming the field', async () => {
    const res = await post('/api/run', { slug: 'climbing-stairs', code: CLIMB_AC, input: [46] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('n') });
  });

  it('refuses malformed requests with the zod issues', async () => {
    const cases: [unknown, string][] = [
      [{ slug: 'climbing-stairs' }, 'body.code'],
      [{ slug: 'climbing-stairs', code: '' }, 'body.code'],
      [{ slug: 'climbing-stairs', code: 'x', input: 5 }, 'body.input'],
      [{ slug: 'climbing-stairs', code: 'x', input: [1], inputs: [[1]] }, 'body.inputs'],
      [{ slug: 'climbing-stairs', code: 'x', inputs: Array.from({ length: 11 }, () => [1]) }, 'body.inputs'],
    ];
    for (const [payload, path] of cases) {
      const res = await post('/api/run', payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });

  it('answers an unknown problem with 404', async () => {
    expect((await post('/api/run', { slug: 'no-such-problem', code: 'x' })).statusCode).toBe(404);
  });

  it('refuses code over 64 KB with 413, a body over the limit too, and bad JSON with 400', async () => {
    const big = `// ${'x'.repeat(64 * 1024)}\n${CLIMB_AC}`;
    for (const url of ['/api/run', '/api/submissions']) {
      const res = await post(url, { slug: 'climbing-stairs', code: big });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('code_too_large');
    }
    const huge = await post('/api/run', { slug: 'climbing-stairs', code: 'x'.repeat(300 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('body_too_large');
    const broken = await app.inject({ method: 'POST', url: '/api/run', payload: '{"slug": ', headers: { cookie: alice, 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('invalid_json');
  });
});

describe('submissions', () => {
  it('judges an accepted, a wrong and a non-compiling submission', async () => {
    const [ac, wa, ce] = [await submit(CLIMB_AC), await submit(CLIMB_WA), await submit(CLIMB_CE)];
    const acDone = await waitDone(app, ac, alice);
    expect(acDone).toMatchObject({ status: 'done', verdict: 'AC', failure: null, code: CLIMB_AC, slug: 'climbing-stairs' });
    expect(acDone.passed).toBe(acDone.total);
    expect(acDone.runtimeMs).toBeGreaterThanOrEqual(0);
    expect(acDone.memoryKb).toBeGreaterThan(0);
    expect(acDone.finishedAt! >= acDone.createdAt).toBe(true);

    const waDone = await waitDone(app, wa, alice);
    expect(waDone.verdict).toBe('WA');
    expect(waDone.passed).toBeLessThan(waDone.total!);
    // The failing case is shown as LeetCode shows it: input, expected and actual output.
    expect(waDone.failure).toMatchObject({ test: waDone.passed! + 1 });
    expect(waDone.failure!.output).not.toEqual(waDone.failure!.expected);

    const ceDone = await waitDone(app, ce, alice);
    expect(ceDone.verdict).toBe('CE');
    expect(ceDone.compileErrors[0]).toMatchObject({ line: 2 });
  });

  it('never serves one client\'s submission to another', async () => {
    const id = await submit(CLIMB_AC);
    for (const url of [`/api/submissions/${id}`, `/api/submissions/${id}/events`]) {
      const res = await get(url, bob);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('climbStairs');
    }
    const anonymous = await app.inject({ method: 'GET', url: `/api/submissions/${id}` });
    expect(anonymous.statusCode).toBe(404);
    await waitDone(app, id, alice);
  });

  it('answers an unknown or malformed id with 404 / 400', async () => {
    expect((await get('/api/submissions/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const bad = await get('/api/submissions/12');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('params.id');
  });

  it('refuses a submission to an unknown problem', async () => {
    const res = await post('/api/submissions', { slug: 'no-such-problem', code: 'x' });
    expect(res.statusCode).toBe(404);
  });

  it('lists the caller\'s history newest first, a page at a time, and filters by problem', async () => {
    const carol = cookieOf(await app.inject({ method: 'GET', url: '/api/health' }));
    const ids = [];
    for (const code of [CLIMB_WA, CLIMB_AC, CLIMB_WA]) {
      ids.push(await submit(code, 'climbing-stairs', carol));
      await new Promise((r) => setTimeout(r, 5)); // distinct timestamps
    }
    ids.push(await submit('function minDistance(a: string, b: string): number { return 0; }', 'edit-distance', carol));
    for (const id of ids) await waitDone(app, id, carol);

    const first = (await get('/api/submissions?limit=3', carol)).json() as History;
    expect(first.items.map((i) => i.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect(first.items[0]).not.toHaveProperty('code');
    expect(first.nextCursor).not.toBeNull();
    const second = (await get(`/api/submissions?limit=3&cursor=${first.nextCursor}`, carol)).json() as History;
    expect(second.items.map((i) => i.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();

    const climb = (await get('/api/submissions?slug=climbing-stairs', carol)).json() as History;
    expect(climb.items.map((i) => i.verdict)).toEqual(['WA', 'AC', 'WA']);
    expect((await get('/api/submissions', bob)).json().items).toEqual([]);

    // The problem list shows carol's progress.
    const list = (await get('/api/problems', carol)).json() as ProblemList;
    const status = Object.fromEntries(list.problems.map((p) => [p.slug, p.status]));
    expect(status).toEqual({ 'climbing-stairs': 'solved', 'edit-distance': 'attempted', 'lowest-common-ancestor': 'none' });

    for (const q of ['limit=0', 'limit=101', 'limit=abc', 'cursor=nonsense', 'slug=Not_A_Slug']) {
      const res = await get(`/api/submissions?${q}`, carol);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message.length).toBeGreaterThan(5);
    }
  });

  it('streams the verdict as server-sent events', async () => {
    const id = await submit(CLIMB_AC);
    await waitDone(app, id, alice);
    // Done already: the stream says so at once and ends.
    const res = await get(`/api/submissions/${id}/events`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/event-stream');
    expect(res.body).toContain('event: done');
    const data = JSON.parse(res.body.split('\n').find((l) => l.startsWith('data: '))!.slice(6));
    expect(data.submission).toMatchObject({ id, verdict: 'AC' });
  });
});

describe('the rest of the API', () => {
  it('answers an unknown API route with a JSON 404', async () => {
    const res = await get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no route GET /api/nothing-here' } });
  });

  it('publishes an OpenAPI document generated from the contracts', async () => {
    const res = await get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/health', '/api/problems', '/api/problems/{slug}', '/api/problems/{slug}/solution', '/api/run',
      '/api/submissions', '/api/submissions/{id}', '/api/submissions/{id}/events',
    ]));
    expect(JSON.stringify(doc.paths['/api/submissions'].post)).toContain('"slug"');
    expect((await get('/api/docs')).statusCode).toBeLessThan(400);
  });
});

export type { Submission };
