/**
 * `npm run bench` (web part): what a person waits for in the browser, measured in Debian's Chromium
 * against the real server on loopback.
 *
 * 1. First-page JavaScript: every script the problem list loads before the editor's chunks (which it
 *    prefetches once idle), gzip-compressed as the server sends it; the target is ≤ 300 KB. The
 *    baseline is the editor's chunks.
 * 2. Editor ready: from navigation to a problem page until a key typed into Monaco is in the editor,
 *    with a cold cache (new browser context) and a warm one; the target is ≤ 2 s. The baseline is the
 *    same page's load event.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildApp } from '../../server/src/app.js';
import { REPO_ROOT } from '../../server/src/config.js';
import { testConfig } from '../../server/test/helpers.js';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
/** Monaco's chunks and workers: the list page warms them when idle, after its own scripts. */
const EDITOR_CHUNK = /(^|\/)(CodeEditor|editor\.api|editor\.worker|ts\.worker|tsMode|typescript)-[\w-]+\.js/;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-web.mjs')], { stdio: 'inherit' });
const app = await buildApp(testConfig());
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

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
  for (const [url, body] of scripts) if (!EDITOR_CHUNK.test(url)) firstGz += gzipSync(body, { level: 9 }).length;
  await context.close();

  // The editor's chunks and workers, which the list page does not load (their .gz as built).
  const assets = join(REPO_ROOT, 'apps/web/dist/assets');
  const editorGz = readdirSync(assets)
    .filter((f) => EDITOR_CHUNK.test(f) && f.endsWith('.js.gz'))
    .reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);

  // 2. Editor ready, cold and warm.
  const measure = async (context: Awaited<ReturnType<typeof browser.newContext>>) => {
    const p = await context.newPage();
    const t0 = Date.now();
    await p.goto(`${base}/problems/climbing-stairs`);
    const loaded = Date.now() - t0;
    await p.locator('.monaco-editor .view-lines').waitFor();
    await p.locator('.monaco-editor .view-lines').click();
    await p.keyboard.press('ControlOrMeta+End');
    await p.keyboard.type('Z');
    await p.waitForFunction("document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('Z')");
    const ready = Date.now() - t0;
    await p.close();
    return { loaded, ready };
  };
  const cold: { loaded: number; ready: number }[] = [];
  const warm: { loaded: number; ready: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = await browser.newContext();
    cold.push(await measure(c));
    warm.push(await measure(c));
    await c.close();
  }

  const row = (name: string, value: string, baseline: string, target: string) => console.log(`${name.padEnd(34)} ${value.padEnd(22)} ${baseline.padEnd(34)} ${target}`);
  console.log(`\nweb (Chromium, loopback, median of ${RUNS})`);
  row('what', 'value', 'baseline (same run)', 'target');
  row('first-page JavaScript (gzip)', kb(firstGz), `editor chunks ${kb(editorGz)}`, '≤ 300 KB');
  row('editor ready, cold cache', `${median(cold.map((m) => m.ready))} ms`, `page load event ${median(cold.map((m) => m.loaded))} ms`, '≤ 2000 ms');
  row('editor ready, warm cache', `${median(warm.map((m) => m.ready))} ms`, `page load event ${median(warm.map((m) => m.loaded))} ms`, '≤ 2000 ms');
} finally {
  await browser.close();
  await app.close();
}
