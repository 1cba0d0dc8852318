/**
 * `npm run bench` (server part): submit → verdict over HTTP, as people see it, with the server in
 * its own process in the embedded mode (SQLite, in-process queue, the judge's sandbox pool) and this
 * process as the load generator. Every figure is printed beside a baseline measured in the same run.
 *
 * 1. Latency: POST a submission, follow its server-sent events to the verdict; one at a time, p50 and
 *    p99, type-checking on. Baseline: the same solution on the same tests in a plain `node` process.
 * 2. Throughput: varied submissions (problems, accepted and wrong code, no two texts alike) with many
 *    in flight; submissions per second, and the server's CPU and RSS meanwhile. Baseline: the same
 *    number of plain `node` processes running the same solutions, as many at a time as there are cores.
 * 3. Runtime stability: the reported runtime of 20 identical submissions of a compute-heavy solution.
 *    Baseline: the same solution timed the same way (each test's fastest of three runs) in a fresh
 *    plain `node`, each run between two submissions.
 * 4. Back-pressure: a burst of submissions from many clients, with the default queue limit and rate
 *    limits: each is accepted and then judged, or refused at once with 503 or 429; none lost or hung.
 * 5. Soak: submissions in a row mixing accepted, wrong and hostile code: RSS growth, sandbox worker
 *    restarts, and every verdict what the code deserves.
 *
 * Sizes: BENCH_LATENCY_N (50), BENCH_THROUGHPUT_N (1000), BENCH_BURST (5000), BENCH_SOAK (20000).
 * BENCH_CPU_PROF=<dir>: each server process writes V8 CPU profiles of its threads there when it stops.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Submission } from '@shousi/contracts';
import { Judge } from '@shousi/judge';
import { type LoadedProblem, ProblemSet } from '@shousi/problem-kit';
import { cv, median, pct, plainNode, plainRuntime, treeUsage } from '../../../packages/judge/bench/support.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LATENCY_N = Number(process.env.BENCH_LATENCY_N ?? 50);
const THROUGHPUT_N = Number(process.env.BENCH_THROUGHPUT_N ?? 1000);
const BURST = Number(process.env.BENCH_BURST ?? 5000);
const SOAK = Number(process.env.BENCH_SOAK ?? 20000);
const PROFILE = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
/** Submissions in flight at saturation: enough to keep every judge slot and the type checker busy. */
const IN_FLIGHT = 32;

const row = (name: string, value: string, baseline: string, target: string) => console.log(`${name.padEnd(40)} ${value.padEnd(30)} ${baseline.padEnd(40)} ${target}`);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

// ---------------------------------------------------------------------------------------------
// The server process and what it costs

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

class ServerProcess {
  private constructor(
    readonly base: string,
    private readonly child: ChildProcess,
    private readonly dataDir: string,
  ) {}

  static async start(env: Record<string, string>): Promise<ServerProcess> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'shousi-bench-data-'));
    const child = spawn(process.execPath, [...PROFILE, '--import', 'tsx', join(ROOT, 'apps/server/src/server.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', WEB_DIST: join(dataDir, 'no-web-app'), ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      if (i > 600) throw new Error('the server did not start within 60 s');
      await sleep(100);
    }
    return new ServerProcess(base, child, dataDir);
  }

  get pid(): number {
    return this.child.pid!;
  }

  async stop(): Promise<void> {
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await exited;
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Samples the server's usage while `work` runs: CPU used, peak RSS, and how many new processes appeared. */
interface Watched<T> {
  result: T;
  wallMs: number;
  cpuMs: number;
  /** The whole process tree. */
  rssStartMb: number;
  rssPeakMb: number;
  rssEndMb: number;
  /**
   * The server process alone: the sandbox workers are replaced by design, the server never is.
   * `floorsMb`: its lowest RSS in each quarter of the run. A garbage-collected heap saw-tooths, so a
   * rising floor is growth, and a flat one a heap that stays at its high-water mark.
   */
  serverRss: { startMb: number; peakMb: number; endMb: number; floorsMb: number[] };
  newPids: number;
}

async function watch<T>(server: ServerProcess, work: () => Promise<T>): Promise<Watched<T>> {
  const start = treeUsage(server.pid);
  const seen = new Set(start.pids);
  let peak = start.rssMb;
  let rootPeak = start.rootRssMb;
  let newPids = 0;
  // CPU by process as last seen: a recycled sandbox worker's CPU must not vanish with it.
  const lastCpu = new Map(start.cpuByPid);
  const sample = (): ReturnType<typeof treeUsage> => {
    const u = treeUsage(server.pid);
    for (const [pid, ms] of u.cpuByPid) lastCpu.set(pid, ms);
    return u;
  };
  const cpuSince = (): number => {
    let ms = 0;
    for (const [pid, last] of lastCpu) ms += last - (start.cpuByPid.get(pid) ?? 0);
    return ms;
  };
  const t0 = performance.now();
  const rootSamples: { at: number; mb: number }[] = [{ at: 0, mb: start.rootRssMb }];
  const timer = setInterval(() => {
    const u = sample();
    peak = Math.max(peak, u.rssMb);
    rootPeak = Math.max(rootPeak, u.rootRssMb);
    rootSamples.push({ at: performance.now() - t0, mb: u.rootRssMb });
    for (const p of u.pids) if (!seen.has(p)) (seen.add(p), newPids++);
  }, 250);
  try {
    const result = await work();
    const wallMs = performance.now() - t0;
    const end = sample();
    rootSamples.push({ at: wallMs, mb: end.rootRssMb });
    const floorsMb = [0, 1, 2, 3].map((q) => Math.min(...rootSamples.filter((x) => x.at >= (q * wallMs) / 4 && x.at <= ((q + 1) * wallMs) / 4).map((x) => x.mb)));
    return {
      result, wallMs, cpuMs: cpuSince(), rssStartMb: start.rssMb, rssPeakMb: Math.max(peak, end.rssMb), rssEndMb: end.rssMb,
      serverRss: { startMb: start.rootRssMb, peakMb: Math.max(rootPeak, end.rootRssMb), endMb: end.rootRssMb, floorsMb }, newPids,
    };
  } finally {
    clearInterval(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// A client of the HTTP API, as the web app is one

class Client {
  private cookie = '';

  constructor(private readonly base: string) {}

  /** POSTs a submission: its id, or the refusal's status. */
  async submit(slug: string, code: string): Promise<{ id: string } | { refused: number; ms: number }> {
    const t0 = performance.now();
    const res = await fetch(`${this.base}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify({ slug, code }),
    });
    this.remember(res);
    const body = (await res.json()) as { id?: string };
    if (res.status === 202) return { id: body.id! };
    return { refused: res.status, ms: performance.now() - t0 };
  }

  /** Takes the identity cookie the server hands out, once: a client is one person. */
  private remember(res: Response): void {
    const setCookie = res.headers.get('set-cookie');
    if (setCookie && !this.cookie) this.cookie = setCookie.split(';')[0]!;
  }

  /** Gets an identity before sending anything concurrently. */
  async hello(): Promise<void> {
    this.remember(await fetch(`${this.base}/api/health`));
  }

  /** Follows the submission's server-sent events to its verdict. */
  async verdict(id: string): Promise<Submission> {
    const res = await fetch(`${this.base}/api/submissions/${id}/events`, { headers: { cookie: this.cookie } });
    if (!res.ok || !res.body) throw new Error(`events of ${id}: HTTP ${res.status}`);
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of res.body) {
      text += decoder.decode(chunk as Uint8Array, { stream: true });
      const at = text.indexOf('event: done\ndata: ');
      const end = at === -1 ? -1 : text.indexOf('\n\n', at);
      if (end !== -1) return (JSON.parse(text.slice(at + 'event: done\ndata: '.length, end)) as { submission: Submission }).submission;
    }
    throw new Error(`events of ${id} ended without a verdict`);
  }

  async get(id: string): Promise<Submission> {
    const res = await fetch(`${this.base}/api/submissions/${id}`, { headers: { cookie: this.cookie } });
    if (!res.ok) throw new Error(`submission ${id}: HTTP ${res.status}`);
    return (await res.json()) as Submission;
  }

  /** Submits and waits for the verdict; throws if the server refuses. */
  async judge(slug: string, code: string): Promise<Submission> {
    const r = await this.submit(slug, code);
    if (!('id' in r)) throw new Error(`refused with ${r.refused}`);
    return this.verdict(r.id);
  }
}

/**
 * The floor of "refused at once" for this load generator: a bare node:http server in its own process
 * that reads each request's body and answers 503, with nothing else to do.
 */
async function bareRefuser(): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const script = `require('node:http').createServer((req, res) => {
    req.resume();
    req.on('end', () => { res.writeHead(503, { 'content-type': 'application/json' }); res.end('{"code":"busy","message":"busy"}'); });
  }).listen(${port}, '127.0.0.1', () => console.log('listening'));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await once(child.stdout!, 'data');
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Runs `jobs` with at most `limit` at a time. */
async function pool<T>(count: number, limit: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(count);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, count) }, async () => {
    while (next < count) {
      const i = next++;
      out[i] = await job(i);
    }
  }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// What is submitted

interface Case {
  slug: string;
  code: string;
  /** The verdicts this code deserves. */
  expect: string[];
}

/**
 * Hostile code, written the way people try to break a judge, and the verdicts it deserves. Infinite
 * recursion fills the sandbox's large stack in about 150 ms of climbing-stairs' 200 ms limit: RE
 * when the stack runs out first, TLE when a loaded machine lets the clock run out first.
 */
const HOSTILE: { name: string; code: string; expect: string[] }[] = [
  { name: 'spin', code: 'function climbStairs(n: number): number { while (true) {} }', expect: ['TLE'] },
  { name: 'memory bomb', code: 'function climbStairs(n: number): number { const a: Float64Array[] = []; for (;;) a.push(new Float64Array(1 << 22)); }', expect: ['MLE'] },
  { name: 'throw', code: 'function climbStairs(n: number): number { throw new Error("boom " + n); }', expect: ['RE'] },
  { name: 'stack overflow', code: 'function climbStairs(n: number): number { return climbStairs(n + 1) + 1; }', expect: ['RE', 'TLE'] },
  { name: 'host escape', code: 'function climbStairs(n: number): number { return (globalThis as any).process.exit(1); }', expect: ['RE'] },
  { name: 'type error', code: 'function climbStairs(n: number): number { return "many"; }', expect: ['CE'] },
];

/** Accepted and wrong code of several problems; `i` makes every text unique. */
function variedCase(problems: LoadedProblem[], i: number): Case {
  const p = problems[i % problems.length]!;
  const wrong = p.wrong.filter((w) => w.verdict === 'WA');
  // Two in five are wrong answers; the rest are accepted.
  if (i % 5 >= 3 && wrong.length > 0) {
    const w = wrong[Math.floor(i / 5) % wrong.length]!;
    return { slug: p.slug, code: `${w.code}\n// submission ${i}\n`, expect: ['WA'] };
  }
  return { slug: p.slug, code: `${p.solution}\n// submission ${i}\n`, expect: ['AC'] };
}

function soakCase(problems: LoadedProblem[], i: number): Case {
  if (i % 20 === 7) {
    const h = HOSTILE[Math.floor(i / 20) % HOSTILE.length]!;
    return { slug: 'climbing-stairs', code: `${h.code}\n// submission ${i}\n`, expect: h.expect };
  }
  return variedCase(problems, i);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const cores = availableParallelism();
  // Problems whose inputs are plain values, so that the plain-Node baseline can call the same code.
  const slugs = process.env.BENCH_SLUGS?.split(',') ?? ['climbing-stairs', 'edit-distance', 'best-time-to-buy-and-sell-stock', 'majority-element', 'softmax', 'coin-change'];
  const set = await ProblemSet.loadSome(join(ROOT, 'problems'), slugs);
  const problems = slugs.map((s) => set.get(s));
  const bySlug = new Map(problems.map((p) => [p.slug, p]));

  // The hidden tests' inputs, for the plain-Node baselines (answered and cached as the server will).
  const judge = await Judge.create({ workers: 1 });
  const inputs = new Map<string, unknown[][]>();
  for (const p of problems) inputs.set(p.slug, (await judge.hiddenTests(p)).map((t) => t.input as unknown[]));
  await judge.close();

  console.log(`\nshousi server bench — ${new Date().toISOString()} — node ${process.version}, ${cores} cores, embedded mode over loopback\n`);
  row('measure', 'shousi', 'baseline (same run)', 'target');
  row('-'.repeat(40), '-'.repeat(30), '-'.repeat(40), '-'.repeat(12));

  const server = await ServerProcess.start({ RATE_LIMIT_RUN: '0', RATE_LIMIT_SUBMIT: '0', QUEUE_LIMIT: '100000' });
  try {
    const client = new Client(server.base);
    await client.hello();
    // Warm up: every problem's tests answered, the type checker and the sandboxes warm.
    await pool(problems.length * 4, 4, (i) => client.judge(problems[i % problems.length]!.slug, `${problems[i % problems.length]!.solution}\n// warm-up ${i}\n`));

    // 1. Latency, one submission at a time, interleaved with the baseline so that load drifts hit both.
    for (const slug of ['climbing-stairs', 'edit-distance']) {
      const p = bySlug.get(slug)!;
      const took: number[] = [];
      const plain: number[] = [];
      for (let i = 0; i < LATENCY_N; i++) {
        const t0 = performance.now();
        const s = await client.judge(slug, `${p.solution}\n// latency ${i}\n`);
        took.push(performance.now() - t0);
        if (s.verdict !== 'AC') throw new Error(`${slug}: the reference got ${s.verdict}`);
        if (i % 5 === 0) plain.push((await plainNode(p.solution, p.entry.name, inputs.get(slug)!)).wall);
      }
      const tests = inputs.get(slug)!.length;
      row(`submit → verdict, ${slug} (${tests} tests)`, `p50 ${ms(median(took))}, p99 ${ms(pct(took, 0.99))}`, `\`node run.js\` p50 ${ms(median(plain))}`, slug === 'climbing-stairs' ? 'p50 ≤ 50 ms' : '');
      row('  ÷ plain-Node process', (median(took) / median(plain)).toFixed(2), '', '');
    }

    // 2. Throughput at saturation.
    const plainStart = performance.now();
    await pool(Math.min(THROUGHPUT_N, 120), cores, (i) => {
      const c = variedCase(problems, i);
      const p = bySlug.get(c.slug)!;
      return plainNode(c.code, p.entry.name, inputs.get(c.slug)!);
    });
    const plainRate = Math.min(THROUGHPUT_N, 120) / ((performance.now() - plainStart) / 1000);
    const t = await watch(server, () => pool(THROUGHPUT_N, IN_FLIGHT, async (i) => {
      const c = variedCase(problems, i + 1_000_000);
      const s = await client.judge(c.slug, c.code);
      return c.expect.includes(s.verdict!);
    }));
    const wrongVerdicts = t.result.filter((ok) => !ok).length;
    row(`throughput, ${THROUGHPUT_N} varied submissions`, `${(THROUGHPUT_N / (t.wallMs / 1000)).toFixed(1)} /s`, `plain \`node\` processes ${plainRate.toFixed(1)} /s`, '≥ 100 /s');
    row('  server CPU, all processes', `${(t.cpuMs / t.wallMs).toFixed(2)} cores, ${ms(t.cpuMs / THROUGHPUT_N)}/sub`, `${cores} cores; ${t.newPids} workers replaced`, '');
    row('  server RSS, all processes', `${t.rssStartMb.toFixed(0)} → peak ${t.rssPeakMb.toFixed(0)} MB`, '', '');
    row('  verdicts not as deserved', String(wrongVerdicts), '', '0');

    // 3. Runtime stability.
    // Interleaved with the same timing in plain Node (each test's fastest of three runs, as shousi
    // reports it), so that both see the same moments of this shared machine.
    const heavy = bySlug.get('edit-distance')!;
    const runtimes: number[] = [];
    const plainRuntimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      runtimes.push((await client.judge(heavy.slug, heavy.solution)).runtimeMs!);
      plainRuntimes.push(await plainRuntime(heavy.solution, heavy.entry.name, inputs.get(heavy.slug)!, 3));
    }
    const spread = (xs: number[]) => `CV ${(cv(xs) * 100).toFixed(1)}%, ${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
    row('reported runtime, 20 identical submissions', spread(runtimes), `plain \`node\` ${spread(plainRuntimes)}`, 'CV ≤ 3%');

    // 5. Soak.
    const soak = await watch(server, () => pool(SOAK, IN_FLIGHT, async (i) => {
      const c = soakCase(problems, i);
      const s = await client.judge(c.slug, c.code);
      return c.expect.includes(s.verdict!) ? null : `${c.slug} #${i}: ${s.verdict}, deserved ${c.expect.join(' or ')}`;
    }));
    const mismatches = soak.result.filter((x) => x !== null);
    row(`soak, ${SOAK} submissions (${Math.round(SOAK / 20)} hostile)`, `${(SOAK / (soak.wallMs / 1000)).toFixed(1)} /s, ${(soak.wallMs / 1000).toFixed(0)} s`, '', '');
    const sr = soak.serverRss;
    row('  server process RSS growth', `${(sr.endMb - sr.startMb).toFixed(0)} MB (${sr.startMb.toFixed(0)} → ${sr.endMb.toFixed(0)}, peak ${sr.peakMb.toFixed(0)})`, '', '≤ 100 MB');
    row('  its lowest RSS in each quarter', `${sr.floorsMb.map((f) => f.toFixed(0)).join(' → ')} MB`, 'rising: growth; flat: a high-water mark', '');
    row('  with its sandbox workers', `${(soak.rssEndMb - soak.rssStartMb).toFixed(0)} MB (${soak.rssStartMb.toFixed(0)} → ${soak.rssEndMb.toFixed(0)}, peak ${soak.rssPeakMb.toFixed(0)})`, 'workers recycled past 192 MiB', '');
    row('  sandbox worker processes started', String(soak.newPids), 'replacements of recycled workers', '');
    row('  verdicts not as deserved', String(mismatches.length), '', '0');
    for (const m of mismatches.slice(0, 10)) console.log(`    ${m}`);
  } finally {
    await server.stop();
  }

  // 4. Back-pressure, on a server with the default limits; first the same burst against a bare server.
  const bare = await bareRefuser();
  let floor: number[];
  try {
    const bareClients = Array.from({ length: 100 }, () => new Client(bare.base));
    const answers = await pool(BURST, 256, (i) => {
      const c = variedCase(problems, i + 2_000_000);
      return bareClients[i % bareClients.length]!.submit(c.slug, c.code);
    });
    floor = answers.map((r) => ('ms' in r ? r.ms : Number.NaN));
  } finally {
    bare.stop();
  }
  const limited = await ServerProcess.start({});
  try {
    const clients = Array.from({ length: 100 }, () => new Client(limited.base));
    for (const c of clients) await c.hello();
    const b = await watch(limited, async () => {
      const posted = await pool(BURST, 256, (i) => {
        const c = variedCase(problems, i + 2_000_000);
        return clients[i % clients.length]!.submit(c.slug, c.code).then((r) => ({ r, client: clients[i % clients.length]! }));
      });
      const refusedAt = performance.now();
      // Every accepted one must reach a verdict; poll (a burst of 5,000 event streams is not the point).
      const accepted = posted.filter((x) => 'id' in x.r) as { r: { id: string }; client: Client }[];
      const pending = new Set(accepted.map((_, i) => i));
      const deadline = Date.now() + 10 * 60_000;
      while (pending.size > 0 && Date.now() < deadline) {
        await pool(pending.size, 32, async (k) => {
          const i = [...pending][k];
          if (i === undefined) return;
          const s = await accepted[i]!.client.get(accepted[i]!.r.id);
          if (s.status === 'done') pending.delete(i);
        });
        if (pending.size > 0) await sleep(500);
      }
      return { posted, accepted: accepted.length, hung: pending.size, drainMs: performance.now() - refusedAt };
    });
    const refused = b.result.posted.filter((x) => !('id' in x.r)).map((x) => x.r as { refused: number; ms: number });
    const other = refused.filter((r) => r.refused !== 503 && r.refused !== 429);
    row(`burst of ${BURST} from 100 clients`, `${b.result.accepted} judged, ${refused.filter((r) => r.refused === 503).length} × 503, ${refused.filter((r) => r.refused === 429).length} × 429`, `other answers: ${other.length}`, 'none lost');
    const p50p99 = (xs: number[]) => `p50 ${ms(median(xs))}, p99 ${ms(pct(xs, 0.99))}`;
    row('  refusals answered in', refused.length ? p50p99(refused.map((r) => r.ms)) : '-', `bare node:http 503s ${p50p99(floor)}`, 'at once');
    row('  accepted but never finished', String(b.result.hung), `all judged ${(b.result.drainMs / 1000).toFixed(0)} s after the burst`, '0');
    row('  server RSS', `${b.rssStartMb.toFixed(0)} → peak ${b.rssPeakMb.toFixed(0)} MB`, '', 'bounded');
  } finally {
    await limited.stop();
  }
}

await main();
