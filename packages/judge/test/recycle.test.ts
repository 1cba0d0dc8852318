/**
 * Native memory hygiene: every isolate made and disposed leaves a little behind in its sandbox
 * process, so a worker whose memory has grown past the limit after a job is replaced by a fresh one,
 * and one under it keeps serving.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Judge } from '../src/index.js';
import { EDIT_DISTANCE_AC, loadProblems } from './helpers.js';

let judge: Judge | undefined;
afterEach(() => judge?.close());

async function pidsAcrossTwoJobs(recycleRssMb: number): Promise<[number[], number[]]> {
  const problem = (await loadProblems('edit-distance')).get('edit-distance');
  judge = await Judge.create({ workers: 1, recycleRssMb });
  expect((await judge.submit(problem, EDIT_DISTANCE_AC)).verdict).toBe('AC');
  const before = judge.pool.pids();
  expect((await judge.submit(problem, EDIT_DISTANCE_AC)).verdict).toBe('AC');
  return [before, judge.pool.pids()];
}

describe('sandbox worker recycling by memory', () => {
  it('replaces a worker after every job when its memory is over the limit, and still judges right', async () => {
    const [before, after] = await pidsAcrossTwoJobs(1);
    expect(after).not.toEqual(before);
  });

  it('keeps a worker whose memory is under the limit', async () => {
    const [before, after] = await pidsAcrossTwoJobs(4096);
    expect(after).toEqual(before);
  });
});

describe('problem packs a worker holds', () => {
  it('sends a pack again once the worker has let it go for newer ones', async () => {
    const problem = (await loadProblems('edit-distance')).get('edit-distance');
    judge = await Judge.create({ workers: 1, recycleRssMb: 4096 });
    expect((await judge.submit(problem, EDIT_DISTANCE_AC)).verdict).toBe('AC');
    const pid = judge.pool.pids();
    // Every custom input is a pack of its own: far more than a worker keeps.
    for (let i = 0; i < 40; i++) {
      const r = await judge.run(problem, EDIT_DISTANCE_AC, [['a'.repeat(i + 1), 'b']]);
      expect(r.cases[0]!.verdict).toBe('AC');
    }
    expect((await judge.submit(problem, EDIT_DISTANCE_AC)).verdict).toBe('AC');
    expect(judge.pool.pids()).toEqual(pid);
  });
});
