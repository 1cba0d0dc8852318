#!/usr/bin/env node
// Builds the web app when its sources changed since the last build (npm start runs this first), so
// that a fresh clone needs no separate build step and a rebuilt one no stale bundle.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'apps/web');
const stamp = join(web, 'dist/.build-hash');

function files(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const hash = createHash('sha256');
for (const file of [...files(join(web, 'src')), ...files(join(root, 'packages/contracts/src')), join(web, 'index.html'), join(web, 'vite.config.ts'), join(web, 'package.json'), fileURLToPath(import.meta.url)]) {
  hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
const digest = hash.digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && !process.argv.includes('--force')) process.exit(0);
console.log('building the web app (apps/web) …');
// Always the production build: run from vitest (NODE_ENV=test), Vite would bundle React's development
// build, and `npm start` after `npm test` would serve it.
const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: web,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, digest);
