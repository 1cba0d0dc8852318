/**
 * `npm run bench` (web part): what a person waits for in the browser, measured in Debian's Chromium
 * against the real server on loopback.
 *
 * 1. First-page JavaScript: every script the problem list loads, gzip-compressed as the server sends
 *    it, but not the problem page's and the editor's chunks, which it prefetches once idle; the target
 *    is ≤ 300 KB. The baseline is those chunks.
 * 2. Editor ready: from navigation start (the page's own clock) until a key typed into Monaco is in
 *    the editor. The keys are sent as soon as the editor is in the page, as a person who clicks and
 *    types at once; they are handled when the editor is ready for them. Cold: a fresh browser context,
 *    nothing cached (a first visit). Warm: a persistent profile that has seen the page before, as a
 *    returning visitor's browser has: HTTP cache and V8's code cache. The target is ≤ 2 s. The
 *    baseline is the same page's load event.
 *
 * Chromium is driven bare (bare-chromium.ts says why); the first visit driven by Playwright is
 * printed too, so that what the automation itself costs is seen. Chromium 156 also opens its omnibox
 * popup (a WebUI page, about a second of CPU) in every new browser context, where a person's browser
 * does it once with its window: the bench turns that feature off, so that the 2 cores measure the page.
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
import { BareChromium, type BareTab } from './bare-chromium.js';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
/** The problem page's and Monaco's chunks and workers: the list page warms them when idle. */
const LAZY_CHUNK = /(^|\/)(ProblemPage|CodeEditor|editor\.api|editor\.worker|ts\.worker|tsMode|typescript)-[\w-]+\.js/;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-web.mjs')], { stdio: 'inherit' });
const app = await buildApp(testConfig());
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
const launchOptions = { executablePath, headless: true, args: chromiumArgs };
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
  // start), so the driver's round trips before the navigation are not counted.
  const PAGE = `${base}/problems/climbing-stairs`;
  const EDITOR_LINES = "document.querySelector('.monaco-editor .view-lines')";
  const typedShows = `${EDITOR_LINES}?.textContent?.includes('Z') && performance.now()`;
  type Timing = { loaded: number; ready: number };
  const timing = (ready: number, loaded: number): Timing => ({ loaded: Math.round(loaded), ready: Math.round(ready) });
  const measureBare = async (tab: BareTab): Promise<Timing> => {
    await tab.send('Page.navigate', { url: PAGE });
    // Click the editor as soon as it is in the page, Ctrl+End, then type.
    const at = await tab.waitFor<{ x: number; y: number }>(`(() => { const r = ${EDITOR_LINES}?.getBoundingClientRect(); return r && r.width > 0 ? { x: r.x + r.width / 2, y: r.y + 5 } : null; })()`);
    await tab.click(at.x, at.y);
    await tab.key('End', 'End', 35, { ctrl: true });
    await tab.key('Z', 'KeyZ', 90, { text: 'Z' });
    const ready = await tab.waitFor<number>(typedShows);
    const loaded = await tab.evaluate<number>("performance.getEntriesByType('navigation')[0].loadEventEnd");
    await tab.close();
    return timing(ready, loaded);
  };
  const bare = BareChromium.launch(executablePath, chromiumArgs, profileDir);
  const cold: Timing[] = [];
  const warm: Timing[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await bare.newContext();
      cold.push(await measureBare(await bare.open(context)));
      await bare.disposeContext(context);
    }
    await measureBare(await bare.open()); // the first visit
    await measureBare(await bare.open()); // V8 caches a script's code on its second load
    for (let i = 0; i < RUNS; i++) warm.push(await measureBare(await bare.open()));
  } finally {
    bare.close();
  }

  // The first visit again, driven by Playwright: its clicks wait for the element to be stable, and
  // it enables DevTools' Runtime domain on the page.
  const driven: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(PAGE);
    await p.locator('.monaco-editor .view-lines').click();
    await p.keyboard.press('ControlOrMeta+End');
    await p.keyboard.type('Z');
    const ready = (await (await p.waitForFunction(typedShows)).jsonValue()) as number;
    driven.push(timing(ready, await p.evaluate<number>("performance.getEntriesByType('navigation')[0].loadEventEnd")));
    await context.close();
  }

  const row = (name: string, value: string, baseline: string, target: string) => console.log(`${name.padEnd(40)} ${value.padEnd(12)} ${baseline.padEnd(30)} ${target}`);
  const ms = (xs: Timing[], key: keyof Timing) => `${median(xs.map((m) => m[key]))} ms`;
  console.log(`\nweb (Chromium, loopback, median of ${RUNS})`);
  row('what', 'value', 'baseline (same run)', 'target');
  row('first-page JavaScript (gzip)', kb(firstGz), `lazy chunks ${kb(lazyGz)}`, '≤ 300 KB');
  row('editor ready, first visit (cold)', ms(cold, 'ready'), `page load event ${ms(cold, 'loaded')}`, '≤ 2000 ms');
  row('editor ready, returning visitor (warm)', ms(warm, 'ready'), `page load event ${ms(warm, 'loaded')}`, '≤ 2000 ms');
  row('first visit, driven by Playwright', ms(driven, 'ready'), `page load event ${ms(driven, 'loaded')}`, '');
} finally {
  await browser.close();
  await app.close();
  rmSync(profileDir, { recursive: true, force: true });
}
