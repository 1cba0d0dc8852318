import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ProblemSet } from '@shousi/problem-kit';
import { Judge } from '../src/index.js';
const PROBLEMS = join(import.meta.dirname, '..', '..', '..', 'problems');
const slug = process.argv[2] ?? 'climbing-stairs';
const N = Number(process.argv[3] ?? 200);
function threads(pid: number) {
  const out: Record<string, number> = {};
  for (const t of readdirSync(`/proc/${pid}/task`)) {
    try {
      const s = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
      const name = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'));
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      out[name + ":" + t] = (out[name + ":" + t] ?? 0) + (Number(f[11]) + Number(f[12])) * 10;
    } catch {}
  }
  return out;
}
const set = await ProblemSet.loadSome(PROBLEMS, [slug]);
const problem = set.get(slug);
const judge = await Judge.create({ workers: 1 });
for (let i = 0; i < 20; i++) await judge.submit(problem, problem.solution + `\n//w${i}`);
const pid = judge.pool.pids()[0]!;
const before = threads(pid); const hb = process.cpuUsage(); const selfB = threads(process.pid);
const t0 = performance.now();
for (let i = 0; i < N; i++) { const r = await judge.submit(problem, problem.solution + `\n//${i}`); if (r.verdict !== 'AC') throw new Error(r.verdict); }
const wall = performance.now() - t0;
const after = threads(judge.pool.pids()[0]!); const hc = process.cpuUsage(hb); const selfA = threads(process.pid);
for (const k of Object.keys(selfA)) console.log(`  host ${k}: ${((selfA[k]! - (selfB[k] ?? 0)) / N).toFixed(2)} ms/sub`);
console.log(`${slug}: ${(wall / N).toFixed(1)} ms/sub wall, ${(N * 1000 / wall).toFixed(1)}/s; host cpu ${((hc.user + hc.system) / 1000 / N).toFixed(1)} ms/sub`);
if (judge.pool.pids()[0] === pid) for (const k of Object.keys(after)) console.log(`  worker ${k}: ${((after[k]! - (before[k] ?? 0)) / N).toFixed(2)} ms/sub`);
else console.log('worker replaced');
await judge.close();
