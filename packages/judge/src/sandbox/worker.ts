/**
 * A sandbox worker process: runs one job at a time in a fresh isolate. Started by the pool with
 * `node --no-node-snapshot` (isolated-vm needs it on Node ≥ 20) and a raised stack, it trusts nothing
 * the isolate does: the supervisor outside kills it on a wall-clock or memory limit and respawns it.
 *
 * Only copies cross into the isolate (strings: the inputs as JSON text), never a Reference; results
 * leave as capped strings made by the harness.
 */
import ivm from 'isolated-vm';
import type { CaseStatus, HostMessage, JobMessage, Pack, WorkerMessage } from './protocol.js';

interface CachedPack { pack: Pack }

const PACK_CACHE = 16;
const packs = new Map<string, CachedPack>();
let stopRequested = -1;

const send = (m: WorkerMessage): void => {
  process.send!(m);
};

function cachePack(pack: Pack): CachedPack {
  const cached = { pack };
  packs.set(pack.key, cached);
  if (packs.size > PACK_CACHE) packs.delete(packs.keys().next().value!);
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
}

/** The job whose isolate is running, for the catastrophic-error report. */
let currentJob = 0;

async function createSandbox(cached: CachedPack, memoryMb: number): Promise<Sandbox> {
  const isolate = new ivm.Isolate({
    memoryLimit: memoryMb,
    onCatastrophicError: (message) => {
      // V8 lost control of the isolate (issue #137 and friends): report, then abort; exit() would hang.
      send({ type: 'fatal', id: currentJob, message });
      process.abort();
    },
  });
  try {
    const context = await isolate.createContext();
    const harness = await isolate.compileScript(cached.pack.harness, { filename: 'harness.js' });
    await harness.run(context, { timeout: 2000 });
    const api = (await context.global.get('__shousi_harness', { reference: true })) as ivm.Reference<Record<string, unknown>>;
    const fn = async (name: string) => (await api.get(name, { reference: true })) as Fn;
    const [install, load, prepare, run, observe] = await Promise.all(['install', 'load', 'prepare', 'run', 'observe'].map(fn));
    api.release();
    await context.global.delete('__shousi_harness');
    await install!.apply(undefined, [cached.pack.config], { timeout: 2000 });
    return { key: cached.pack.key, memoryMb, isolate, context, load: load!, prepare: prepare!, run: run!, observe: observe! };
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
    if (sb && sb.key === cached.pack.key && sb.memoryMb === memoryMb) return sb;
    if (sb && !sb.isolate.isDisposed) sb.isolate.dispose();
  }
  return createSandbox(cached, memoryMb);
}

async function runJob(job: JobMessage): Promise<void> {
  const cached = job.pack ? cachePack(job.pack) : packs.get(job.packKey);
  if (!cached) {
    send({ type: 'setup', id: job.id, status: 'internal', error: `unknown pack ${job.packKey}` });
    return;
  }
  currentJob = job.id;
  let sandbox: Sandbox;
  try {
    sandbox = await takeSandbox(cached, job.memoryMb);
  } catch (err) {
    send({ type: 'setup', id: job.id, ...classify(err) });
    return;
  }
  const { isolate, context, load, prepare, run, observe } = sandbox;
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
    for (let index = 0; index < job.tests.length; index++) {
      const testIndex = job.tests[index]!;
      let status: CaseStatus = 'ok';
      let error: string | undefined;
      let observation: string | undefined;
      let ms = 0;
      try {
        // Decoding and encoding go through the synchronous API (~4 µs a call against ~50–200 µs); the
        // user's call itself stays asynchronous, where a V8 heap OOM reaches onCatastrophicError
        // instead of hanging the thread (notes/sandbox.md §4.2). A hang anywhere still meets the watchdog.
        prepare.applySync(undefined, [testIndex, cached.pack.inputs[testIndex]!], { timeout: 10_000 });
        const t0 = performance.now();
        const thrown = (await run.apply(undefined, [], { timeout: job.timeMs })) as string;
        ms = performance.now() - t0;
        if (thrown) { status = 'threw'; error = thrown; }
        // Encoding may run the user's getters and proxy traps: work deferred there still counts against
        // the test's limit (what the call left of it, plus a little for encoding a large output).
        observation = observe.applySync(undefined, [], { timeout: Math.ceil(Math.max(0, job.timeMs - ms)) + OBSERVE_SLACK_MS }) as string;
      } catch (err) {
        ({ status, error } = classify(err));
        if (status === 'timeout') {
          ms = job.timeMs;
          // Near its heap limit V8 collects garbage over and over and the clock runs out first: that is
          // a memory problem, not a slow algorithm.
          if (!isolate.isDisposed) {
            const h = isolate.getHeapStatisticsSync();
            if (h.used_heap_size + h.externally_allocated_size > 0.8 * job.memoryMb * 2 ** 20) status = 'memory';
          }
        }
      }
      const heap = isolate.isDisposed ? null : isolate.getHeapStatisticsSync();
      const heapBytes = heap ? heap.used_heap_size + heap.externally_allocated_size : job.memoryMb * 1024 * 1024;
      send({ type: 'case', id: job.id, index, status, ms, observation, error, heapBytes });
      times[index] = ms;
      if (status !== 'ok') clean = false;
      if (status !== 'ok' && (job.stopOnError || status !== 'threw')) break;
      await yieldToHost();
      if (stopRequested === job.id) { clean = false; break; }
    }
    if (clean && job.remeasure && times.length === job.tests.length) {
      // Timing noise on a shared machine is mostly one-sided (a run is slowed, never sped up): the
      // minimum of a few runs of the tests that dominate the sum is what re-judging reproduces.
      const { heaviest, times: repeats, budgetMs, minMs } = job.remeasure;
      const order = times.map((ms, i) => [ms, i] as const).filter(([ms]) => ms >= minMs).sort((a, b) => b[0] - a[0]).slice(0, heaviest);
      let spent = 0;
      for (let r = 0; r < repeats; r++) {
        for (const [, index] of order) {
          if (spent + times[index]! > budgetMs || stopRequested === job.id) break;
          prepare.applySync(undefined, [job.tests[index]!, cached.pack.inputs[job.tests[index]!]!], { timeout: 10_000 });
          const t0 = performance.now();
          const thrown = (await run.apply(undefined, [], { timeout: job.timeMs })) as string;
          const ms = performance.now() - t0;
          spent += ms;
          if (thrown) break;
          if (ms < times[index]!) {
            times[index] = ms;
            send({ type: 'remeasure', id: job.id, index, ms });
          }
        }
      }
    }
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
