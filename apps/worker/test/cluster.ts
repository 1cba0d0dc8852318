/**
 * Starts API and worker processes as a deployment would (`node --import tsx …`), for the scale-out
 * test and benchmark: each resolves once its ready line is in its log, and keeps the log for a
 * failure message.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '@shousi/submissions';

export const LISTENING = /listening at (http:\/\/[\d.:]+)/;
export const WORKER_READY = /judge worker ready/;
export const API_SCRIPT = 'apps/server/src/server.ts';
export const WORKER_SCRIPT = 'apps/worker/src/main.ts';

export interface Proc {
  proc: ChildProcess;
  log: () => string;
}

/** Every process started, for the caller to kill at the end. */
export const procs: Proc[] = [];

/**
 * `cpus` (a taskset list such as "0") confines the process and every process it starts to those
 * cores, as a container's CPU limit would.
 */
export function startProcess(script: string, env: Record<string, string>, ready: RegExp, cpus?: string): Promise<Proc & { match: RegExpExecArray }> {
  const node = [process.execPath, '--import', 'tsx', join(REPO_ROOT, script)];
  const [command, ...args] = cpus === undefined ? node : ['taskset', '--cpu-list', cpus, ...node];
  const proc = spawn(command!, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const p: Proc = { proc, log: () => log };
  procs.push(p);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${log}`)), 240_000);
    let started = false;
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.length > 200_000) log = log.slice(-100_000);
      const m = started ? null : ready.exec(log);
      if (m) {
        started = true;
        clearTimeout(timer);
        resolve({ ...p, match: m });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code, signal) => {
      if (!started) reject(new Error(`${script} exited with ${code ?? signal}:\n${log}`));
    });
  });
}

