/**
 * The built web app (apps/web/dist), served by the API's process: hashed assets cached for good,
 * everything else revalidated, gzip when the browser accepts it, and any deep link answered with the
 * app's index.html. Nothing it needs comes from another origin, which the CSP states.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  // Monaco and KaTeX set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function hasWebApp(dist: string): boolean {
  return existsSync(join(dist, 'index.html'));
}

export async function serveWebApp(app: FastifyInstance, dist: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    preCompressed: true,
    index: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (path.endsWith('.html')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    },
  });
}

/** Vite's build manifest (`build.manifest`): each source module's chunk, its static imports and CSS. */
type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }>;

/** The modules a problem page loads lazily: the page itself and the editor within it. */
const PROBLEM_PAGE_MODULES = ['src/pages/ProblemPage.tsx', 'src/editor/CodeEditor.tsx'];
const PROBLEM_ROUTE = /^\/problems\/[a-z0-9-]+\/?$/;

/**
 * The app's HTML for a deep link. A problem page's chunks (Monaco is 4 MB) would otherwise be
 * requested only after the entry script has run and routed, one round after another; named in the
 * HTML, the browser fetches and parses them while the entry script runs.
 */
export class AppPages {
  private readonly index: string;
  private readonly problem: string;

  constructor(dist: string) {
    this.index = readFileSync(join(dist, 'index.html'), 'utf8');
    const manifestPath = join(dist, '.vite/manifest.json');
    const manifest: Manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
    this.problem = this.index.replace('</head>', `${preloadLinks(manifest, PROBLEM_PAGE_MODULES)}</head>`);
  }

  html(url: string): string {
    return PROBLEM_ROUTE.test(url.split('?')[0]!) ? this.problem : this.index;
  }
}

/** `<link>`s for the modules' chunks and everything they import statically, but not the entry's own. */
function preloadLinks(manifest: Manifest, modules: string[]): string {
  const entry = new Set<string>();
  const collect = (key: string, into: Set<string>) => {
    if (into.has(key) || !manifest[key]) return;
    into.add(key);
    for (const dep of manifest[key].imports ?? []) collect(dep, into);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) collect(key, entry);
  const wanted = new Set<string>();
  for (const m of modules) collect(m, wanted);
  const links: string[] = [];
  for (const key of wanted) {
    if (entry.has(key)) continue;
    const chunk = manifest[key]!;
    links.push(`<link rel="modulepreload" crossorigin href="/${chunk.file}">`);
    for (const css of chunk.css ?? []) links.push(`<link rel="preload" as="style" crossorigin href="/${css}">`);
  }
  return links.map((l) => `    ${l}\n`).join('');
}

/** A GET for a page (not the API, not a file) gets the app, which routes on the client. */
export function wantsApp(method: string, url: string, accept: string | undefined): boolean {
  return method === 'GET' && !url.startsWith('/api/') && url !== '/api' && (accept ?? '').includes('text/html');
}
