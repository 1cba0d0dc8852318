/**
 * Test helpers for the scaled-out mode's backing services: a fresh PostgreSQL database and a fresh
 * Redis key prefix per run, so that runs (and several people's runs on one machine) never collide.
 * The servers themselves come from the environment (`.ci/run` starts them and sets the variables).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.SHOUSI_TEST_DATABASE_URL || undefined;
export const TEST_REDIS_URL = process.env.SHOUSI_TEST_REDIS_URL || undefined;

/** Says why a block of tests is skipped, where a reader of the test output will see it. */
export function explainSkip(what: string, missing: string[]): void {
  console.warn(`[skipped] ${what}: set ${missing.join(' and ')} (.ci/run does) to run it against real servers`);
}

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database next to the one `adminUrl` names (the role needs CREATEDB). */
export async function freshPostgres(adminUrl: string): Promise<FreshDatabase> {
  const name = `shousi_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => dropDatabase(adminUrl, name),
  };
}

/**
 * WITH (FORCE): a SIGKILLed process may leave a connection behind for a moment. It may not end a
 * backend of another role, such as an autovacuum worker that has just started on the new database
 * (seen in CI: "must be a member of the role whose process is being terminated"); that one ends on
 * its own, so try again a little later. A database left behind is only clutter: it fails no test.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } catch (err) {
      if (attempt === 10) {
        console.warn(`[cleanup] could not drop the test database ${name}: ${(err as Error).message}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A key prefix no other run uses. */
export function freshRedisPrefix(): string {
  return `shousi-test-${Date.now()}-${randomBytes(3).toString('hex')}`;
}

/** Deletes every key under `prefix` (BullMQ leaves a few, such as its event stream, after the queue closes). */
export async function dropRedisPrefix(url: string, prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
