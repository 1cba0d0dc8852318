/**
 * The built web app (apps/web/dist), served by the API's process: hashed assets cached for good,
 * everything else revalidated, gzip when the browser accepts it, and any deep link answered with the
 * app's index.html. Nothing it needs comes from another origin, which the CSP states.
 */
import { existsSync } from 'node:fs';
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

/** A GET for a page (not the API, not a file) gets the app, which routes on the client. */
export function wantsApp(method: string, url: string, accept: string | undefined): boolean {
  return method === 'GET' && !url.startsWith('/api/') && url !== '/api' && (accept ?? '').includes('text/html');
}
