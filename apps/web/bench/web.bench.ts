/**
 * `npm run bench` (web part): what a person waits for in the browser, measured in Debian's Chromium
 * against the real server on loopback.
 *
 * 1. First-page JavaScript: every script the problem list loads, gzip-compressed as the server sends
 *    it, but not the problem page's and the editor's chunks, which it prefetches once idle; the target
 *    is ≤ 300 KB. The baseline is those chunks.
 * 2. Editor ready: from navigation start (the page's own clock) until a key typed into Monaco is in
 *    the editor. Cold: a fresh browser profile, nothing cached (a first visit). Warm: a persistent
 *    profile that has seen the page before, as a returning visitor's browser has: HTTP cache and V8's
 *    code cache (which an in-memory incognito profile never keeps). The target is ≤ 2 s. The
 *    baseline is the same page's load event.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '@shousi/submissions';
import { chromium } from 'playwright-core';
import { buildApp } from '../../server/src/app.js';
import { testConfig } from '../../server/test/helpers.js';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
/** The problem page's and Monaco's chunks and workers: the list page warms them when idle. */
const LAZY_CHUNK = /(^|\/)(ProblemPage|CodeEditor|editor\.api|editor\.worker|ts\.worker|tsMode|typescript)-[\w-]+\.js/;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-web.mjs')], { stdio: 'inherit' });
const app = await buildApp(testConfig());
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
const browser = await chromium.launch(launchOptions);
const profileDir = mkdtempSync(join(tmpdir(), 'shousi-bench-profile-'));

try {
  // 1. The list page's scripts.
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Map<string, Buffer>();
  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script') scripts.set(res.url(), await res.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(`${base}/`, { waitUntil: 'networkidle' });
  await page.locator('section[data-section]').first().waitFor();
  let firstGz = 0;
  for (const [url, body] of scripts) if (!LAZY_CHUNK.test(url)) firstGz += gzipSync(body, { level: 9 }).length;
  await context.close();

  // The lazy chunks and workers, as built (.gz).
  const assets = join(REPO_ROOT, 'apps/web/dist/assets');
  const lazyGz = readdirSync(assets)
    .filter((f) => LAZY_CHUNK.test(f) && f.endsWith('.js.gz'))
    .reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);

  // 2. Editor ready, cold and warm. Times are the page's own (performance.now(), from navigation
  // start), so the driver's overhead is not counted.
  type Context = Awaited<ReturnType<typeof browser.newContext>>;
  const measure = async (context: Context) => {
    const p = await context.newPage();
    await p.goto(`${base}/problems/climbing-stairs`);
    const lines = p.locator('.monaco-editor .view-lines');
    await lines.click();
    await p.keyboard.press('ControlOrMeta+End');
    await p.keyboard.type('Z');
    const ready = await (await p.waitForFunction("document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('Z') && performance.now()")).jsonValue();
    const loaded: number = await p.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd");
    await p.close();
    return { loaded: Math.round(loaded), ready: Math.round(ready as number) };
  };
  const cold: { loaded: number; ready: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = await browser.newContext();
    cold.push(await measure(c));
    await c.close();
  }
  const persistent = await chromium.launchPersistentContext(profileDir, launchOptions);
  await measure(persistent); // the first visit
  await measure(persistent); // V8 caches a script's code on its second load
  const warm: { loaded: number; ready: number }[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await measure(persistent));
  await persistent.close();

  const row = (name: string, value: string, baseline: string, target: string) => console.log(`${name.padEnd(34)} ${value.padEnd(22)} ${baseline.padEnd(34)} ${target}`);
  console.log(`\nweb (Chromium, loopback, median of ${RUNS})`);
  row('what', 'value', 'baseline (same run)', 'target');
  row('first-page JavaScript (gzip)', kb(firstGz), `lazy chunks ${kb(lazyGz)}`, '≤ 300 KB');
  row('editor ready, cold cache', `${median(cold.map((m) => m.ready))} ms`, `page load event ${median(cold.map((m) => m.loaded))} ms`, '≤ 2000 ms');
  row('editor ready, warm cache', `${median(warm.map((m) => m.ready))} ms`, `page load event ${median(warm.map((m) => m.loaded))} ms`, '≤ 2000 ms');
} finally {
  await browser.close();
  await app.close();
  rmSync(profileDir, { recursive: true, force: true });
}
