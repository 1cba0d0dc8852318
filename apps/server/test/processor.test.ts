/**
 * The processor that judges one submission, on what happens around the judging: a duplicate delivery
 * of a submission that is already done (its worker died after recording the verdict) judges nothing
 * and announces the recorded verdict, since the dead worker may never have announced it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionEvent } from '@shousi/contracts';
import { createProcessor, LocalSubmissionEvents, openDatabase, SubmissionStore } from '@shousi/submissions';

let store: SubmissionStore;
let close: () => Promise<void>;

beforeAll(async () => {
  const { db } = await openDatabase({ url: undefined, dataDir: ':memory:' });
  store = new SubmissionStore(db);
  close = () => db.destroy();
});
afterAll(() => close?.());

describe('a duplicate delivery', () => {
  it('announces the recorded verdict again, and judges nothing', async () => {
    const events = new LocalSubmissionEvents();
    const judged: string[] = [];
    const process = createProcessor({
      store,
      events,
      maxAttempts: 3,
      log: { error: () => {} },
      // Neither may be touched: the submission is already done.
      catalog: { problems: new Map(), get: () => { throw new Error('the catalogue was read'); } } as never,
      judge: { submit: async () => { judged.push('judged'); throw new Error('judged again'); } } as never,
    });
    await store.create({ id: 'done-1', owner: 'o', slug: 'climbing-stairs', code: 'x' });
    await store.start('done-1');
    await store.finish('done-1', { verdict: 'WA', passed: 2, total: 20, runtimeMs: 1, memoryKb: 1, failure: null, compileErrors: [] });
    const seen: SubmissionEvent[] = [];
    events.subscribe('done-1', (e) => seen.push(e));

    await process('done-1', new AbortController().signal);

    expect(judged).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ type: 'done', submission: { id: 'done-1', status: 'done', verdict: 'WA', passed: 2 } });
  });
});
