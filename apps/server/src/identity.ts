/**
 * Anonymous identity: an owner id in a signed, httpOnly cookie, created on the first visit. It is what
 * separates one person's submissions and code from another's; no account is needed.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const OWNER_COOKIE = 'shousi_owner';
const OWNER_ID = /^[A-Za-z0-9_-]{22}$/;
const ONE_YEAR_S = 365 * 24 * 3600;

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's anonymous owner id. */
    owner: string;
  }
}

/**
 * The secret that signs the cookie: COOKIE_SECRET, or one generated on first start and kept in the
 * data directory, so that cookies outlive a restart. Several API replicas must share COOKIE_SECRET.
 */
export function cookieSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'cookie-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

export const identity = fp<{ secret: string }>(
  async (app: FastifyInstance, opts) => {
    await app.register(cookie, { secret: opts.secret });
    app.decorateRequest('owner', '');
    app.addHook('onRequest', async (req, reply) => {
      // Only the API needs to know who asks. Static files get no cookie: a shared cache that kept an
      // immutable asset together with its Set-Cookie would hand one person's identity to everyone.
      if (!req.url.startsWith('/api/')) return;
      const raw = req.cookies[OWNER_COOKIE];
      if (raw) {
        const unsigned = req.unsignCookie(raw);
        if (unsigned.valid && unsigned.value && OWNER_ID.test(unsigned.value)) {
          req.owner = unsigned.value;
          return;
        }
      }
      req.owner = randomBytes(16).toString('base64url');
      reply.setCookie(OWNER_COOKIE, req.owner, {
        signed: true,
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        maxAge: ONE_YEAR_S,
        secure: req.protocol === 'https',
      });
    });
  },
  { name: 'shousi-identity' },
);
