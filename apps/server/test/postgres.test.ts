/**
 * The storage layer on both databases it supports: the same SubmissionStore operations against
 * SQLite (always) and a real PostgreSQL (when SHOUSI_TEST_DATABASE_URL is set; each run gets a fresh
 * database). What differs between the two is exactly what these tests pin down: `returning`, the
 * updated-row count behind the idempotent finish, number types, and ISO-text timestamps in order.
 */
import { type Database, type DatabaseKind, decodeCursor, type JudgementRecord, openDatabase, SubmissionStore } from '@shousi/submissions';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainSkip, type FreshDatabase, freshPostgres, TEST_DATABASE_URL } from './backing.js';

const WA: JudgementRecord = {
  verdict: 'WA',
  passed: 3,
  total: 20,
  runtimeMs: 12.375,
  memoryKb: 2048,
  failure: { test: 4, input: [5, [1, 2]], expected: 8, output: 5, stdout: '中文 ok\n', message: 'wrong answer' },
  compileErrors: [],
};
const AC: JudgementRecord = { verdict: 'AC', passed: 20, total: 20, runtimeMs: 3.5, memoryKb: 1024, failure: null, compileErrors: [] };

if (!TEST_DATABASE_URL) explainSkip('the SubmissionStore tests on PostgreSQL', ['SHOUSI_TEST_DATABASE_URL']);

const targets: { kind: DatabaseKind; enabled: boolean }[] = [
  { kind: 'sqlite', enabled: true },
  { kind: 'postgres', enabled: TEST_DATABASE_URL !== undefined },
];

describe.each(targets)('SubmissionStore on $kind', ({ kind, enabled }) => {
  let db: Kysely<Database>;
  let store: SubmissionStore;
  let fresh: FreshDatabase | undefined;
  let n = 0;
  const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

  beforeAll(async () => {
    if (!enabled) return;
    if (kind === 'postgres') fresh = await freshPostgres(TEST_DATABASE_URL!);
    const opened = await openDatabase({ url: fresh?.url, dataDir: ':memory:' });
    expect(opened.kind).toBe(kind);
    db = opened.db;
    store = new SubmissionStore(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await fresh?.drop();
  });

  it.skipIf(!enabled)('migrates idempotently: opening the same database again changes nothing', async () => {
    if (kind === 'sqlite') return; // :memory: is a new database on every open
    const again = await openDatabase({ url: fresh!.url, dataDir: ':memory:' });
    await again.db.destroy();
  });

  it.skipIf(!enabled)('creates a queued submission and returns it through `returning`', async () => {
    const s = await store.create({ id: id(), owner: 'alice', slug: 'climbing-stairs', code: 'function f() {}' });
    expect(s).toMatchObject({ slug: 'climbing-stairs', status: 'queued', verdict: null, passed: null, failure: null, compileErrors: [], finishedAt: null });
    expect(new Date(s.createdAt).toISOString()).toBe(s.createdAt);
    expect(await store.get(s.id)).toEqual(s);
    expect(await store.getOwned(s.id, 'alice')).toEqual(s);
    expect(await store.getOwned(s.id, 'bob')).toBeNull();
  });

  it.skipIf(!enabled)('starts (counting attempts), finishes once, and never starts a finished one', async () => {
    const s = await store.create({ id: id(), owner: 'alice', slug: 'climbing-stairs', code: 'x' });
    expect(await store.start(s.id)).toEqual({ slug: 'climbing-stairs', code: 'x', attempts: 1 });
    expect((await store.get(s.id))!.status).toBe('running');
    expect(await store.start(s.id)).toEqual({ slug: 'climbing-stairs', code: 'x', attempts: 2 });

    const recorded = await store.finish(s.id, WA);
    expect(await store.finish(s.id, AC)).toBeNull(); // a duplicate judgement writes nothing
    const done = (await store.get(s.id))!;
    expect(recorded).toEqual(done); // what the write returns is what a reader sees
    expect(done).toMatchObject({ status: 'done', verdict: 'WA', passed: 3, total: 20, runtimeMs: 12.375, memoryKb: 2048, failure: WA.failure, compileErrors: [] });
    expect(typeof done.runtimeMs).toBe('number'); // double precision comes back as a number, not a string
    expect(Date.parse(done.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(done.createdAt));
    expect(await store.start(s.id)).toBeNull();
    expect(await store.start('no-such-id')).toBeNull();
  });

  it.skipIf(!enabled)('lets exactly one of many concurrent finishes win', async () => {
    const s = await store.create({ id: id(), owner: 'carol', slug: 'climbing-stairs', code: 'x' });
    await store.start(s.id);
    const records = Array.from({ length: 8 }, (_, i) => ({ ...AC, passed: i }));
    const wins = await Promise.all(records.map((r) => store.finish(s.id, r)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect((await store.get(s.id))!.passed).toBe(wins.findIndex(Boolean));
  });

  it.skipIf(!enabled)('requeues a running submission without counting the attempt, and leaves others alone', async () => {
    const s = await store.create({ id: id(), owner: 'dave', slug: 'climbing-stairs', code: 'x' });
    await store.start(s.id);
    await store.requeue(s.id);
    const row = await db.selectFrom('submissions').select(['status', 'attempts']).where('id', '=', s.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'queued', attempts: 0 });
    await store.requeue(s.id); // queued: nothing to hand back
    expect((await db.selectFrom('submissions').select('attempts').where('id', '=', s.id).executeTakeFirstOrThrow()).attempts).toBe(0);
    await store.start(s.id);
    await store.finish(s.id, AC);
    await store.requeue(s.id); // done stays done
    expect((await store.get(s.id))!.status).toBe('done');
  });

  it.skipIf(!enabled)('removes only a queued submission', async () => {
    const queued = await store.create({ id: id(), owner: 'erin', slug: 'climbing-stairs', code: 'x' });
    const running = await store.create({ id: id(), owner: 'erin', slug: 'climbing-stairs', code: 'x' });
    await store.start(running.id);
    await store.remove(queued.id);
    await store.remove(running.id);
    expect(await store.get(queued.id)).toBeNull();
    expect(await store.get(running.id)).not.toBeNull();
    await store.finish(running.id, AC);
  });

  it.skipIf(!enabled)('lists unfinished submissions oldest first', async () => {
    const before = new Set((await store.unfinished()).map((u) => u.id));
    const a = await store.create({ id: id(), owner: 'frank', slug: 'climbing-stairs', code: 'x' });
    const b = await store.create({ id: id(), owner: 'frank', slug: 'climbing-stairs', code: 'x' });
    const c = await store.create({ id: id(), owner: 'frank', slug: 'climbing-stairs', code: 'x' });
    await store.start(b.id);
    await store.start(c.id);
    await store.finish(c.id, AC);
    const after = (await store.unfinished()).filter((u) => !before.has(u.id));
    expect(after).toEqual([{ id: a.id, attempts: 0 }, { id: b.id, attempts: 1 }]);
    for (const s of [a, b]) {
      await store.start(s.id);
      await store.finish(s.id, AC);
    }
  });

  it.skipIf(!enabled)('pages through the history newest first, with ties on created_at broken by id', async () => {
    const owner = 'grace';
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push((await store.create({ id: id(), owner, slug: i % 2 ? 'edit-distance' : 'climbing-stairs', code: 'x' })).id);
    }
    // Three of them in the same millisecond: only the id orders them.
    const tie = '2030-01-01T00:00:00.000Z';
    await db.updateTable('submissions').set({ created_at: tie }).where('id', 'in', ids.slice(2, 5)).execute();
    const rows = await db.selectFrom('submissions').select(['id', 'created_at']).where('owner', '=', owner).execute();
    const expected = rows.sort((x, y) => (x.created_at === y.created_at ? (x.id < y.id ? 1 : -1) : x.created_at < y.created_at ? 1 : -1)).map((r) => r.id);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await store.history(owner, { limit: 2, cursor: cursor === null ? undefined : decodeCursor(cursor)! });
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    expect(seen).toEqual(expected);
    expect(pages).toBe(4);

    const onlyEdit = await store.history(owner, { slug: 'edit-distance', limit: 10 });
    expect(onlyEdit.items.map((s) => s.id)).toEqual(expected.filter((x) => ids.indexOf(x) % 2 === 1));
    expect(onlyEdit.nextCursor).toBeNull();
    expect(onlyEdit.items[0]).toMatchObject({ slug: 'edit-distance', status: 'queued', verdict: null, runtimeMs: null });
  });

  it.skipIf(!enabled)('reports per-problem status: solved beats attempted', async () => {
    const owner = 'heidi';
    const mk = async (slug: string, r: JudgementRecord | null) => {
      const s = await store.create({ id: id(), owner, slug, code: 'x' });
      if (r) {
        await store.start(s.id);
        await store.finish(s.id, r);
      }
    };
    await mk('climbing-stairs', WA);
    await mk('climbing-stairs', AC);
    await mk('climbing-stairs', WA);
    await mk('edit-distance', WA);
    await mk('lowest-common-ancestor', null);
    const status = await store.statusBySlug(owner);
    expect(Object.fromEntries(status)).toEqual({ 'climbing-stairs': 'solved', 'edit-distance': 'attempted', 'lowest-common-ancestor': 'attempted' });
    expect((await store.statusBySlug('nobody')).size).toBe(0);
  });
});
