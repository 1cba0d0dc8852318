/**
 * End to end, in Debian's Chromium driven by playwright-core, against the real server and judge: a new
 * user opens the list, opens a problem, types into Monaco, runs, submits and sees Accepted; a wrong
 * solution shows the failing case; a type error shows a marker; nothing is requested from outside the
 * server's origin and no Content-Security-Policy is broken; a refused submission and a server that is
 * gone are said so, with nothing typed lost. Screenshots go to test-results/e2e/ for a reviewer.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@shousi/submissions';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app.js';
import { testConfig } from '../../server/test/helpers.js';

const SHOTS = join(REPO_ROOT, 'test-results/e2e');
const CLIMB_AC = 'function climbStairs(n: number): number {\n  let a = 1, b = 1;\n  for (let i = 0; i < n; i++) [a, b] = [b, a + b];\n  return a;\n}\n';
const CLIMB_WA = 'function climbStairs(n: number): number {\n  return n;\n}\n';
const CLIMB_TYPE_ERROR = 'function climbStairs(n: number): number {\n  const s: string = n;\n  return n;\n}\n';
const LCA_AC = [
  'function lowestCommonAncestor(root: TreeNode | null, p: TreeNode | null, q: TreeNode | null): TreeNode | null {',
  '  if (root === null || root === p || root === q) return root;',
  '  const left = lowestCommonAncestor(root.left, p, q);',
  '  const right = lowestCommonAncestor(root.right, p, q);',
  '  return left && right ? root : left ?? right;',
  '}',
  '',
].join('\n');

type Marker = { message: string; line: number; owner: string; severity: number };
/** The page's test hook (present with ?e2e=1): see apps/web/src/editor/CodeEditor.tsx. */
type Hooked = { __shousi?: { setCode: (code: string) => void; cursorToEnd: () => void; getCode: () => string; markers: () => Marker[] } };

let app: FastifyInstance;
let base: string;
let browser: Browser;
let page: Page;
const outside: string[] = [];
const pageErrors: string[] = [];
const policyViolations: string[] = [];
/** The page's side of the watch (this file is type-checked without the DOM's types). */
interface PolicyWatcher {
  document: { addEventListener(type: 'securitypolicyviolation', listener: (e: { effectiveDirective: string; blockedURI: string; sourceFile: string; lineNumber: number }) => void): void };
  reportPolicyViolation(violation: string): void;
}

beforeAll(async () => {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-web.mjs')], { stdio: 'inherit' });
  mkdirSync(SHOTS, { recursive: true });
  app = await buildApp(testConfig({ RATE_LIMIT_RUN: '0', RATE_LIMIT_SUBMIT: '0' }));
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Everything must come from the server: anything else is recorded and refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  // Every Content-Security-Policy violation, even one whose error a script caught (it still costs the
  // user a console error and the browser a report).
  await context.exposeFunction('reportPolicyViolation', (v: string) => policyViolations.push(v));
  await context.addInitScript(() => {
    const window = globalThis as unknown as PolicyWatcher;
    window.document.addEventListener('securitypolicyviolation', (e) => window.reportPolicyViolation(`${e.effectiveDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/**
 * Puts a solution into the editor: the text through the page's test hook (typing a whole program key by
 * key sets off Monaco's auto-indent and auto-closing brackets), then a comment typed for real at the
 * end, through the keyboard, so the editor's own input path is exercised every time.
 */
async function typeCode(code: string): Promise<void> {
  await page.evaluate((c) => (globalThis as unknown as Hooked).__shousi!.setCode(c), code);
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as Hooked).__shousi?.getCode())).toBe(code);
  await page.locator('.monaco-editor .view-lines').click();
  await page.evaluate(() => (globalThis as unknown as Hooked).__shousi!.cursorToEnd());
  await page.keyboard.type('// 手写', { delay: 20 });
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as Hooked).__shousi?.getCode())).toBe(`${code}// 手写`);
}

const markers = () => page.evaluate(() => (globalThis as unknown as Hooked).__shousi?.markers() ?? []) as Promise<Marker[]>;

describe('solving a problem in the browser', () => {
  it('shows the problem list grouped by section, in Chinese', async () => {
    await page.goto(`${base}/?e2e=1`);
    await page.locator('section[data-section="dp"]').waitFor();
    expect(await page.locator('section[data-section="dp"] h2').textContent()).toBe('动态规划');
    expect(await page.locator('tr[data-slug]').count()).toBe(3);
    expect(await page.locator('tr[data-slug="climbing-stairs"] .title a').textContent()).toMatch(/[\u4e00-\u9fff]/);
    // Search filters.
    await page.getByRole('searchbox').fill('编辑');
    await expect.poll(() => page.locator('tr[data-slug]').count()).toBe(1);
    await page.getByRole('searchbox').fill('');
    await page.screenshot({ path: join(SHOTS, 'list.png'), fullPage: true });
  });

  it('opens a problem, runs and submits an accepted solution', async () => {
    await page.locator('tr[data-slug="climbing-stairs"] .title a').click();
    await page.waitForURL(/\/problems\/climbing-stairs$/);
    await page.getByTestId('statement').waitFor();
    await page.locator('.monaco-editor .view-lines').waitFor();
    expect(await page.locator('.monaco-editor .view-lines').textContent()).toContain('climbStairs');

    await typeCode(CLIMB_AC);
    await page.getByTestId('run').click();
    await page.getByTestId('run-result').waitFor();
    expect(await page.getByTestId('run-result').getAttribute('data-verdict')).toBe('AC');
    expect(await page.getByTestId('expected').first().textContent()).toBe(await page.getByTestId('output').first().textContent());
    await page.screenshot({ path: join(SHOTS, 'problem.png') });

    await page.getByTestId('submit').click();
    await page.getByTestId('verdict').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('AC');
    expect(await page.getByTestId('verdict').textContent()).toContain('通过');
    expect(await page.getByTestId('passed').textContent()).toMatch(/^(\d+) \/ \1 /);
    await page.screenshot({ path: join(SHOTS, 'verdict.png') });
  });

  it('shows the failing case of a wrong solution', async () => {
    await typeCode(CLIMB_WA);
    await page.keyboard.press('ControlOrMeta+Enter'); // submit from the keyboard
    await page.getByTestId('verdict').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('verdict').getAttribute('data-verdict')).toBe('WA');
    const failure = page.getByTestId('failure');
    expect(await failure.textContent()).toContain('n =');
    expect(await failure.getByTestId('output').textContent()).not.toBe(await failure.getByTestId('expected').textContent());
    await page.screenshot({ path: join(SHOTS, 'wrong-answer.png') });
  });

  it('marks a type error in the editor, and the judge\'s compile error at the same line', async () => {
    await typeCode(CLIMB_TYPE_ERROR);
    await expect.poll(async () => (await markers()).filter((m) => m.owner === 'typescript' && m.line === 2).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId('submit').click();
    await expect.poll(() => page.getByTestId('verdict').getAttribute('data-verdict'), { timeout: 60_000 }).toBe('CE');
    await expect.poll(async () => (await markers()).filter((m) => m.owner === 'shousi-judge').map((m) => m.line)).toEqual([2]);
    await page.screenshot({ path: join(SHOTS, 'compile-error.png') });
  });

  it('shows no red squiggle on correct code that uses the judge\'s TreeNode', async () => {
    await page.goto(`${base}/problems/lowest-common-ancestor`);
    await page.locator('.monaco-editor .view-lines').waitFor();
    await typeCode('function lowestCommonAncestor(root: TreeNode | null, p: TreeNode | null, q: TreeNode | null): TreeNode | null {\n  return root.val;\n}\n');
    await expect.poll(async () => (await markers()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await typeCode(LCA_AC);
    await expect.poll(async () => (await markers()).filter((m) => m.severity >= 8), { timeout: 30_000 }).toEqual([]);
  });

  it('keeps the draft across a reload and reveals the solution on request', async () => {
    await page.reload();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as Hooked).__shousi?.getCode())).toBe(`${LCA_AC}// 手写`);
    await page.getByTestId('tab-solution').click();
    await page.getByTestId('show-solution').click();
    await page.getByTestId('solution').waitFor();
    expect(await page.getByTestId('solution').textContent()).toContain('lowestCommonAncestor');
  });

  it('says so when the problem does not exist', async () => {
    await page.goto(`${base}/problems/no-such-problem`);
    await page.getByText('题目不存在').waitFor();
  });

  it('serves the app without cookies (only the API hands out the identity) and under a same-origin CSP', async () => {
    const html = await fetch(`${base}/problems/climbing-stairs`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('set-cookie')).toBeNull();
    expect(html.headers.get('content-security-policy')).toContain("default-src 'self'");
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await html.text())![1]!;
    const js = await fetch(`${base}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(js.headers.get('set-cookie')).toBeNull();
    // The production build, though this suite (NODE_ENV=test) had it built: React's development
    // build is larger and slower, and `npm start` after `npm test` would serve it.
    expect((await js.text()).includes('Download the React DevTools')).toBe(false);
    expect((await fetch(`${base}/api/health`)).headers.get('set-cookie')).toContain('shousi_owner=');
  });

  it('names a problem page\'s chunks in its HTML, so the browser fetches them at once; the list\'s HTML does not', async () => {
    const problem = await (await fetch(`${base}/problems/climbing-stairs`, { headers: { accept: 'text/html' } })).text();
    const preloads = [...problem.matchAll(/rel="modulepreload" crossorigin href="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(preloads.some((href) => /\/CodeEditor-/.test(href))).toBe(true);
    expect(preloads.some((href) => /\/ProblemPage-/.test(href))).toBe(true);
    for (const href of preloads) expect((await fetch(`${base}${href}`)).status).toBe(200);
    const list = await (await fetch(`${base}/`, { headers: { accept: 'text/html' } })).text();
    expect(list).not.toContain('modulepreload');
  });

  it('requested nothing outside the server, threw no errors and broke no policy', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});

describe('bad states, against a server of their own', () => {
  it('says why a submission was refused or the server is gone, and loses nothing typed', async () => {
    // One submission a minute per person, so that the second is refused for real.
    const strict = await buildApp(testConfig({ RATE_LIMIT_SUBMIT: '1' }));
    const origin = await strict.listen({ port: 0, host: '127.0.0.1' });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const p = await context.newPage();
      const code = () => p.evaluate(() => (globalThis as unknown as Hooked).__shousi?.getCode());
      const alert = () => p.locator('.banner-error > span').first().textContent();
      await p.goto(`${origin}/problems/climbing-stairs?e2e=1`);
      await p.locator('.monaco-editor .view-lines').waitFor();
      await p.evaluate((c) => (globalThis as unknown as Hooked).__shousi!.setCode(c), CLIMB_WA);

      await p.getByTestId('submit').click();
      await p.getByTestId('verdict').waitFor({ timeout: 60_000 });
      await p.getByTestId('submit').click();
      await expect.poll(alert).toMatch(/^操作太频繁了，请稍后再试。 \(\d+ 秒后可重试\)$/);
      expect(await code()).toBe(CLIMB_WA);

      await strict.close();
      await p.getByTestId('run').click();
      await expect.poll(alert).toContain('无法连接到服务器');
      expect(await code()).toBe(CLIMB_WA);
      // The draft outlives the page: it is in the browser's storage.
      expect(await p.evaluate(() => (globalThis as unknown as { localStorage: { getItem(k: string): string | null } }).localStorage.getItem('shousi.draft.climbing-stairs'))).toBe(CLIMB_WA);
      await p.screenshot({ path: join(SHOTS, 'offline.png') });
    } finally {
      await context.close();
      await strict.close();
    }
  });
});
