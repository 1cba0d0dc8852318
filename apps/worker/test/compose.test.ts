/**
 * docker-compose.yml is how a group deploys the scaled-out mode. No Docker engine runs on these
 * machines, so the file is checked by Debian's docker-compose (`.ci/run` installs it): it is valid,
 * it names the four services and their volumes, and the same check refuses a file with a mistake.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@shousi/submissions';

const COMPOSE_FILE = join(REPO_ROOT, 'docker-compose.yml');
const available = (() => {
  try {
    execFileSync('docker-compose', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!available) console.warn('docker-compose is not installed: docker-compose.yml is not checked (.ci/run installs it)');

/** docker-compose's answer for `file`, run where the file is (its build contexts are relative). */
function compose(file: string, ...args: string[]): string {
  return execFileSync('docker-compose', ['--project-directory', REPO_ROOT, '-f', file, 'config', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const scratch = mkdtempSync(join(tmpdir(), 'shousi-compose-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.skipIf(!available)('docker-compose.yml', () => {
  it('is valid, with the api, worker, redis and postgres services and their volumes', () => {
    expect(() => compose(COMPOSE_FILE, '-q')).not.toThrow();
    expect(compose(COMPOSE_FILE, '--services').trim().split('\n').sort()).toEqual(['api', 'postgres', 'redis', 'worker']);
    expect(compose(COMPOSE_FILE, '--volumes').trim().split('\n').sort()).toEqual(['api-data', 'postgres-data', 'redis-data']);
  });

  it('is refused by the same check when a service names a volume that is not declared', () => {
    const broken = join(scratch, 'docker-compose.yml');
    writeFileSync(broken, readFileSync(COMPOSE_FILE, 'utf8').replace('postgres-data:/var/lib/postgresql/data', 'undeclared-data:/var/lib/postgresql/data'));
    expect(readFileSync(broken, 'utf8')).toContain('undeclared-data');
    expect(() => compose(broken, '-q')).toThrow(/undeclared-data/);
  });
});
