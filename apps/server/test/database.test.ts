/**
 * The embedded SQLite database keeps its prepared statements: a query of one shape runs again with
 * new values and gets their rows, never an earlier call's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import { keepingStatements, openDatabase, SubmissionStore } from '@shousi/submissions';

let db: Awaited<ReturnType<typeof openDatabase>>['db'];
let store: SubmissionStore;

beforeAll(async () => {
  ({ db } = await openDatabase({ url: undefined, dataDir: ':memory:' }));
  store = new SubmissionStore(db);
  for (const id of ['a', 'b', 'c']) await store.create({ id, owner: `owner-${id}`, slug: 'climbing-stairs', code: `// ${id}` });
});
afterAll(() => db?.destroy());

describe('SQLite statements kept', () => {
  it('answers one query shape with each call\'s own values', async () => {
    for (const id of ['a', 'b', 'c', 'a']) expect((await store.get(id))?.code).toBe(`// ${id}`);
    expect(await store.getOwned('a', 'owner-b')).toBeNull();
    expect((await store.getOwned('b', 'owner-b'))?.id).toBe('b');
  });

  it('prepares a text once, and each text for itself', () => {
    const raw = new SQLite(':memory:');
    const database = keepingStatements(raw);
    expect(database.prepare('select ? as x')).toBe(database.prepare('select ? as x'));
    expect(database.prepare('select ? as y')).not.toBe(database.prepare('select ? as x'));
    expect(database.prepare('select ? as x').all([1])).toEqual([{ x: 1 }]);
    expect(database.prepare('select ? as x').all([2])).toEqual([{ x: 2 }]);
    database.close();
  });
});
