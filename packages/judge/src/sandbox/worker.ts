/**
 * A sandbox worker process: runs one job at a time in a fresh isolate. Started by the pool with
 * `node --no-node-snapshot` (isolated-vm needs it on Node ≥ 20) and a raised stack, it trusts nothing
 * the isolate does: the supervisor outside kills it on a wall-clock or memory limit and respawns it.
 *
 * Only copies cross into the isolate (strings: the inputs as JSON text, and the host's clock as a
 * Callback), never a Reference; results leave as capped strings made by the harness.
 *
 * Tests run with the synchronous API, on this thread: an asynchronous call costs about 80 µs here (a
 * thread hop each way), more than many tests take. Tests with small inputs run in batches, several in
 * one call, timed from inside by the host's clock (a Callback, answered at once on this thread), with
 * one IPC message per batch: a small problem has dozens of tests of a few microseconds each.
 *
 * No onCatastrophicError handler: with one, a V8 heap OOM during a synchronous call leaves this thread
 * asleep forever (notes/sandbox.md §4.2); without one, the process aborts at once with `is_heap_oom`
 * on stderr, which the supervisor reads as MLE.
 */
import ivm from 'isolated-vm';
import type { BatchHeader } from '../harness/harness.js';
import {
  batchSize, type CaseMessage, type CaseStatus, type HostMessage, type JobMessage, type Pack, PACKS_KEPT, type RemeasureSpec, type WorkerMessage,
} from './protocol.js';

/** A pack as a worker keeps it. */
interface CachedPack {
  key: string;
  harness: string;
  config: string;
  /**
   * Each test's input, held by isolated-vm outside any heap. Passing a string to an isolate copies it
   * at ~4 ns a character (2.3 ms for 0.5 MB, more than parsing it); an ExternalCopy is handed to each
   * isolate without copying. The pack's strings are let go: they would double the worker's memory.
   */
  inputs: ivm.ExternalCopy<string>[];
  /** Characters of each input, for sizing batches. */
  lengths: number[];
  /** V8's code cache of the harness, made by the first isolate: later ones skip parsing it (~1 ms). */
  harnessCache?: ivm.ExternalCopy<ArrayBuffer>;
}

const packs = new Map<string, CachedPack>();
let stopRequested = -1;

const send = (m: WorkerMessage): void => {
  process.send!(m);
};

function cachePack(pack: Pack): CachedPack {
  const cached: CachedPack = {
    key: pack.key,
    harness: pack.harness,
    config: pack.config,
    inputs: pack.inputs.map((text) => new ivm.ExternalCopy(text)),
    lengths: pack.inputs.map((text) => text.length),
  };
  packs.set(pack.key, cached);
  if (packs.size > PACKS_KEPT) {
    const oldest = packs.keys().next().value!;
    for (const copy of packs.get(oldest)!.inputs) copy.release();
    packs.delete(oldest);
  }
  return cached;
}

/** Maps an error from isolated-vm (not from the user's code) to a status. */
function classify(err: unknown): { status: CaseStatus; error: string } {
  const message = err instanceof Error ? err.message : String(err);
  if (/timed out/i.test(message)) return { status: 'timeout', error: message };
  if (/memory limit|Array buffer allocation failed|disposed/i.test(message)) return { status: 'memory', error: message };
  return { status: 'internal', error: message };
}

/** Time allowed for encoding an output beyond what is left of the test's limit. */
const OBSERVE_SLACK_MS = 250;

/**
 * A batch starts no new test after this long, so a batch call's timeout of (limit + this + slack)
 * leaves every test in it its whole limit. How many tests a batch may hold: protocol's batchSize.
 */
const BATCH_BUDGET_MS = 5;

/** The host's clock, for timing the user's calls from inside a batch. */
const clock = new ivm.Callback(() => performance.now());

const yieldToHost = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type Fn = ivm.Reference<(...a: unknown[]) => unknown>;

/** An isolate with the harness loaded and installed for one pack, not yet touched by user code. */
interface Sandbox {
  key: string;
  memoryMb: number;
  isolate: ivm.Isolate;
  context: ivm.Context;
  load: Fn;
  prepare: Fn;
  run: Fn;
  observe: Fn;
  batch: Fn;
  batchResults: Fn;
}

async function createSandbox(cached: CachedPack, memoryMb: number): Promise<Sandbox> {
  const isolate = new ivm.Isolate({ memoryLimit: memoryMb });
  try {
    const context = await isolate.createContext();
    const harness = await isolate.compileScript(cached.harness, {
      filename: 'harness.js',
      ...(cached.harnessCache ? { cachedData: cached.harnessCache } : { produceCachedData: true }),
    });
    cached.harnessCache ??= (harness as ivm.Script & ivm.CachedDataResult).cachedData;
    await harness.run(context, { timeout: 2000 });
    const api = (await context.global.get('__shousi_harness', { reference: true })) as ivm.Reference<Record<string, unknown>>;
    const fn = async (name: string) => (await api.get(name, { reference: true })) as Fn;
    const names = ['install', 'load', 'prepare', 'run', 'observe', 'batch', 'batchResults'] as const;
    const [install, load, prepare, run, observe, batch, batchResults] = await Promise.all(names.map(fn));
    api.release();
    await context.global.delete('__shousi_harness');
    await install!.apply(undefined, [cached.config, clock], { timeout: 2000 });
    return { key: cached.key, memoryMb, isolate, context, load: load!, prepare: prepare!, run: run!, observe: observe!, batch: batch!, batchResults: batchResults! };
  } catch (err) {
    if (!isolate.isDisposed) isolate.dispose();
    throw err;
  }
}

/**
 * The next job most likely judges the same problem: its isolate is made while the worker is idle, so a
 * submission starts at the user's code (an isolate, its context and the harness cost ~5–15 ms here).
 */
let spare: Promise<Sandbox> | null = null;

async function takeSandbox(cached: CachedPack, memoryMb: number): Promise<Sandbox> {
  const ready = spare;
  spare = null;
  if (ready) {
    const sb = await ready.catch(() => null);
    if (sb && sb.key === cached.key && sb.memoryMb === memoryMb) return sb;
    if (sb && !sb.isolate.isDisposed) sb.isolate.dispose();
  }
  return createSandbox(cached, memoryMb);
}

/** The isolate's heap in use now: the memory figure of the tests just run. */
function heapBytes(isolate: ivm.Isolate, job: JobMessage): number {
  if (isolate.isDisposed) return job.memoryMb * 2 ** 20;
  const h = isolate.getHeapStatisticsSync();
  return h.used_heap_size + h.externally_allocated_size;
}

/**
 * A test stopped by the isolate's timeout: near its heap limit V8 collects garbage over and over and
 * the clock runs out first, which is a memory problem, not a slow algorithm.
 */
function timedOut(isolate: ivm.Isolate, job: JobMessage): CaseStatus {
  if (isolate.isDisposed) return 'memory';
  const h = isolate.getHeapStatisticsSync();
  return h.used_heap_size + h.externally_allocated_size > 0.8 * job.memoryMb * 2 ** 20 ? 'memory' : 'timeout';
}

/** A test's input for an isolate (see CachedPack.inputs). */
function inputFor(cached: CachedPack, test: number): ivm.Copy<string> {
  return cached.inputs[test]!.copyInto();
}

/** One test in calls of its own: decode, the timed call, encode (unless not `observing`, see batch). */
function runOne(sb: Sandbox, job: JobMessage, cached: CachedPack, index: number, observing: boolean): CaseMessage {
  const testIndex = job.tests[index]!;
  let status: CaseStatus = 'ok';
  let error: string | undefined;
  let observation: string | undefined;
  let ms = 0;
  try {
    sb.prepare.applySync(undefined, [testIndex, inputFor(cached, testIndex)], { timeout: 10_000 });
    const t0 = performance.now();
    const thrown = sb.run.applySync(undefined, [], { timeout: job.timeMs }) as string;
    ms = performance.now() - t0;
    if (thrown) { status = 'threw'; error = thrown; }
    // Encoding may run the user's getters and proxy traps: work deferred there still counts against
    // the test's limit (what the call left of it, plus a little for encoding a large output).
    if (observing) observation = sb.observe.applySync(undefined, [], { timeout: Math.ceil(Math.max(0, job.timeMs - ms)) + OBSERVE_SLACK_MS }) as string;
  } catch (err) {
    ({ status, error } = classify(err));
    if (status === 'timeout') {
      ms = job.timeMs;
      status = timedOut(sb.isolate, job);
    }
  }
  return { index, status, ms, observation, error, heapBytes: heapBytes(sb.isolate, job) };
}

/**
 * Tests from position `from` in one synchronous call (see the top of this file). Returns the tests it
 * finished (at least one), or null when the batch cannot tell which test made it fail: the isolate
 * died and took the results with it, or the time ran out after the last test had returned.
 */
function runBatch(sb: Sandbox, job: JobMessage, cached: CachedPack, from: number, size: number, observing: boolean): CaseMessage[] | null {
  const indices = job.tests.slice(from, from + size);
  const inputs = indices.map((t) => inputFor(cached, t));
  let stopped: { status: CaseStatus; error: string } | null = null;
  try {
    sb.batch.applySync(undefined, [new ivm.ExternalCopy(indices).copyInto(), BATCH_BUDGET_MS, observing, ...inputs], {
      timeout: job.timeMs + BATCH_BUDGET_MS + OBSERVE_SLACK_MS,
    });
  } catch (err) {
    stopped = classify(err);
  }
  if (sb.isolate.isDisposed) return null;
  let text: string;
  try {
    text = sb.batchResults.applySync(undefined, [], { timeout: 1000 }) as string;
  } catch {
    return null;
  }
  const newline = text.indexOf('\n');
  const head = JSON.parse(text.slice(0, newline)) as BatchHeader;
  const heap = heapBytes(sb.isolate, job);
  const cases: CaseMessage[] = [];
  let at = newline + 1;
  for (let k = 0; 3 * k < head.parts.length; k++) {
    const [ms, thrownLength, observationLength] = head.parts.slice(3 * k, 3 * k + 3) as [number, number, number];
    const error = text.slice(at, (at += thrownLength));
    const observation = text.slice(at, (at += observationLength));
    const index = from + k;
    // The batch's timeout is longer than one test's limit: a call that returned late is stopped here.
    if (ms > job.timeMs) cases.push({ index, status: 'timeout', ms: job.timeMs, heapBytes: heap });
    else cases.push({ index, status: error ? 'threw' : 'ok', ms, observation, error: error || undefined, heapBytes: heap });
  }
  if (cases.length > 0 && cases.at(-1)!.status === 'timeout') return cases;
  // Stopped between tests: the microtasks some test left behind were still running (a promise chain
  // that reschedules itself). Which test queued them only calls of their own can tell.
  if (stopped && head.running < 0) return null;
  const index = from + cases.length;
  if (head.error) cases.push({ index, status: 'internal', ms: 0, error: head.error, heapBytes: heap });
  else if (stopped) {
    const status = stopped.status === 'timeout' ? timedOut(sb.isolate, job) : stopped.status;
    cases.push({ index, status, ms: stopped.status === 'timeout' ? job.timeMs : 0, error: stopped.error, heapBytes: heap });
  }
  return cases.length > 0 ? cases : [{ index, status: 'internal', ms: 0, error: 'a batch of tests ran none of them', heapBytes: heap }];
}

/** How many tests from position `from` run in the next call. */
const sizeAt = (job: JobMessage, cached: CachedPack, from: number): number =>
  job.oneByOne ? 1 : batchSize(job.tests, cached.lengths, from);

/** The `size` tests from position `from` in one call: a batch, or one test alone (null: see runBatch). */
function runFrom(sb: Sandbox, job: JobMessage, cached: CachedPack, from: number, size: number, observing: boolean): CaseMessage[] | null {
  return size > 1 ? runBatch(sb, job, cached, from, size, observing) : [runOne(sb, job, cached, from, observing)];
}

/**
 * Runs the tests of a clean job again, in the same batches, and reports each that ran faster. Timing
 * noise on a shared machine is one-sided (a run is slowed, never sped up), so each test's fastest run
 * is what re-judging reproduces. Stops at the budget, or when a run does not end as the first did.
 * The outputs are already judged: they are not encoded again (for 10^5 floats that cost twice the call).
 */
function remeasure(sb: Sandbox, job: JobMessage, cached: CachedPack, times: number[], spec: RemeasureSpec): void {
  let spent = 0;
  for (let round = 0; round < spec.times; round++) {
    for (let index = 0; index < job.tests.length;) {
      const size = sizeAt(job, cached, index);
      let planned = 0;
      for (let i = index; i < index + size; i++) planned += times[i]!;
      if (spent + planned > spec.budgetMs || stopRequested === job.id) return;
      const cases = runFrom(sb, job, cached, index, size, false);
      if (!cases) return;
      const fastest: [number, number][] = [];
      for (const c of cases) {
        if (c.status !== 'ok') return;
        spent += c.ms;
        if (c.ms < times[c.index]!) {
          times[c.index] = c.ms;
          fastest.push([c.index, c.ms]);
        }
      }
      if (fastest.length > 0) send({ type: 'remeasure', id: job.id, fastest });
      index += cases.length;
    }
  }
}

async function runJob(job: JobMessage): Promise<void> {
  const cached = job.pack ? cachePack(job.pack) : packs.get(job.packKey);
  if (!cached) {
    send({ type: 'setup', id: job.id, status: 'internal', error: `unknown pack ${job.packKey}` });
    return;
  }
  let sandbox: Sandbox;
  try {
    sandbox = await takeSandbox(cached, job.memoryMb);
  } catch (err) {
    send({ type: 'setup', id: job.id, ...classify(err) });
    return;
  }
  const { isolate, context, load, observe } = sandbox;
  try {
    // The user's top-level code, then the entry point.
    let setupError: { status: CaseStatus; error: string } | null = null;
    try {
      const script = await isolate.compileScript(job.code, { filename: 'solution.js' });
      await script.run(context, { timeout: job.timeMs });
      const missing = (await load.apply(undefined, [], { timeout: 1000 })) as string;
      if (missing) setupError = { status: 'threw', error: JSON.stringify({ name: 'EntryError', message: missing }) };
    } catch (err) {
      setupError = err instanceof Error && !/timed out|memory|disposed/i.test(err.message)
        ? { status: 'threw', error: JSON.stringify({ name: err.name, message: err.message, stack: err.stack }) }
        : classify(err);
    }
    if (setupError) {
      let stdout: string | undefined;
      if (setupError.status === 'threw') {
        try {
          const text = (await observe.apply(undefined, [], { timeout: 1000 })) as string;
          stdout = JSON.parse(text.split('\n', 1)[0]!).stdout;
        } catch { /* the isolate is gone */ }
      }
      send({ type: 'setup', id: job.id, ...setupError, stdout });
      return;
    }
    send({ type: 'setup', id: job.id, status: 'ok' });

    const times: number[] = [];
    let clean = true;
    for (let index = 0; index < job.tests.length;) {
      const cases = runFrom(sandbox, job, cached, index, sizeAt(job, cached, index), true);
      if (!cases) {
        // Which test of the batch made it fail is unknown: the supervisor runs them again, one call each.
        send({ type: 'one-by-one', id: job.id });
        clean = false;
        break;
      }
      send({ type: 'cases', id: job.id, cases });
      let stop = false;
      for (const c of cases) {
        times[c.index] = c.ms;
        if (c.status !== 'ok') {
          clean = false;
          if (job.stopOnError || c.status !== 'threw') stop = true;
        }
      }
      if (stop) break;
      index += cases.length;
      await yieldToHost();
      if (stopRequested === job.id) { clean = false; break; }
    }
    if (clean && job.remeasure && times.length === job.tests.length) remeasure(sandbox, job, cached, times, job.remeasure);
  } catch (err) {
    send({ type: 'setup', id: job.id, ...classify(err) });
  } finally {
    if (!isolate.isDisposed) isolate.dispose();
    // Prepare the next isolate for the same problem while idle.
    spare = createSandbox(cached, job.memoryMb);
    spare.catch(() => {});
  }
}

let queue = Promise.resolve();
process.on('message', (m: HostMessage) => {
  if (m.type === 'stop') { stopRequested = m.id; return; }
  queue = queue.then(() => runJob(m)).then(() => send({ type: 'done', id: m.id }));
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
