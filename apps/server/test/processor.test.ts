/**
 * The processor that judges one submission, on what happens around the judging:
 * - a duplicate delivery of a submission that is already done (its worker died after recording the
 *   verdict) judges nothing and announces the recorded verdict, since the dead worker may never have
 *   announced it;
 * - with judge slots (a judge worker fetching ahead), submissions handed over together are judged
 *   one slot at a time, and one still waiting for a slot at shutdown is handed back unjudged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionEvent } from '@shousi/contracts';
import { Judge } from '@shousi/judge';
import { Catalog, createProcessor, LocalSubmissionEvents, openDatabase, Slots, SubmissionStore } from '@shousi/submissions';
import { CLIMB_AC, CLIMB_TLE, CLIMB_WA, problemsDir } from './helpers.js';

let store: SubmissionStore;
let close: () => Promise<void>;

beforeAll(async () => {
  const { db } = await openDatabase({ url: undefined, dataDir: ':memory:' });
  store = new SubmissionStore(db);
  close = () => db.destroy();
});
afterAll(() => close?.());

describe('Slots', () => {
  it('lets `size` holders in at once and the rest in arrival order, each release counting once', async () => {
    const slots = new Slots(2);
    const order: string[] = [];
    const a = await slots.acquire();
    const b = await slots.acquire();
    const waiting = ['c', 'd'].map((name) => slots.acquire().then((release) => { order.push(name); return release; }));
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    a();
    a(); // a second release of the same slot frees nothing more
    const c = await waiting[0]!;
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['c']);
    b();
    await waiting[1];
    expect(order).toEqual(['c', 'd']);
    c();
  });
});

describe('judge slots', () => {
  let judge: Judge;
  let catalog: Catalog;
  beforeAll(async () => {
    judge = await Judge.create({ workers: 1 });
    catalog = await Catalog.load(problemsDir(), { error: () => {} });
  });
  afterAll(() => judge?.close());

  /**
   * Creates submissions, hands them all to the processor at once and records every event in order,
   * and the most judgements the real judge had at once. With `shutdownAfterMs`, shuts down that long
   * after the first judgement starts.
   */
  async function handOver(ids: string[], judgeSlots: number | undefined, opts: { shutdownAfterMs?: number; codes?: string[] } = {}) {
    const shutdown = new AbortController();
    const events = new LocalSubmissionEvents();
    const seen: string[] = [];
    let judging = 0;
    let most = 0;
    const counted = {
      submit: async (...args: Parameters<Judge['submit']>) => {
        most = Math.max(most, ++judging);
        try {
          return await judge.submit(...args);
        } finally {
          judging--;
        }
      },
    } as Judge;
    const process = createProcessor({ store, events, catalog, judge: counted, maxAttempts: 3, judgeSlots, log: { error: () => {} } });
    for (const [i, id] of ids.entries()) {
      await store.create({ id, owner: 'o', slug: 'climbing-stairs', code: opts.codes?.[i] ?? (i % 2 ? CLIMB_WA : CLIMB_AC) });
      events.subscribe(id, (e) => {
        seen.push(`${e.type === 'status' ? e.status : e.type} ${id}`);
        if (e.type === 'status' && opts.shutdownAfterMs !== undefined) setTimeout(() => shutdown.abort(), opts.shutdownAfterMs);
      });
    }
    await Promise.all(ids.map((id) => process(id, shutdown.signal)));
    return { seen, most };
  }

  it('judges submissions handed over together one at a time with one slot, in order', async () => {
    const { seen, most } = await handOver(['s1', 's2', 's3'], 1);
    expect(most).toBe(1);
    expect(seen.filter((e) => e.startsWith('running'))).toEqual(['running s1', 'running s2', 'running s3']);
    expect(seen.filter((e) => e.startsWith('done'))).toHaveLength(3);
    expect((await store.get('s2'))?.verdict).toBe('WA');
    expect((await store.get('s3'))?.verdict).toBe('AC');
  });

  it('judges them all at once without slots', async () => {
    const { most } = await handOver(['n1', 'n2', 'n3'], undefined);
    expect(most).toBe(3);
  });

  it('hands back a submission that was still waiting for a slot at shutdown, unjudged', async () => {
    // The first runs into its time limit, so the second is surely waiting when the shutdown comes.
    const { seen } = await handOver(['w1', 'w2'], 1, { shutdownAfterMs: 50, codes: [CLIMB_TLE, CLIMB_AC] });
    expect(seen).toEqual(['running w1']);
    expect((await store.get('w2'))?.status).toBe('queued');
  });
});

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
