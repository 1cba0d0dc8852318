/**
 * esbuild bundles of the two pieces that run outside this process: the sandbox worker script (a file,
 * because it is a process of its own) and, per problem, the harness with the problem's sandbox module
 * (a string, compiled into every isolate).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
/** packages/judge */
export const JUDGE_DIR = join(here, '..');

/**
 * Builds a worker entry (`sandbox/worker.ts` or `compile/typecheck-worker.ts`) into packages/judge/dist
 * once per source version and returns its path; plain JavaScript starts in ~50 ms where a TypeScript
 * loader would add ~250 ms to every respawn.
 */
export function buildWorkerScript(entryRel: 'sandbox/worker.ts' | 'compile/typecheck-worker.ts'): string {
  const entry = join(here, entryRel);
  const source = readFileSync(entry, 'utf8') + readFileSync(join(here, 'sandbox', 'protocol.ts'), 'utf8');
  const version = createHash('sha256').update(source).digest('hex').slice(0, 12);
  const name = entryRel.replace(/\.ts$/, '').replace('/', '-');
  const out = join(JUDGE_DIR, 'dist', `${name}.${version}.mjs`);
  if (existsSync(out)) return out;
  mkdirSync(dirname(out), { recursive: true });
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['isolated-vm', 'typescript'],
    write: false,
    // isolated-vm and typescript are CommonJS: give the ESM bundle a require().
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  // Write then rename: concurrent processes may build the same file, and none may see half of it.
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0]!.text);
  renameSync(tmp, out);
  return out;
}

/** The harness plus the problem's sandbox module, as one script that defines globalThis.__shousi_harness. */
export async function bundleHarness(sandboxFile: string | null): Promise<string> {
  const harness = join(here, 'harness', 'harness.ts').replaceAll('\\', '/');
  const hooks = sandboxFile
    ? `import hooks from ${JSON.stringify(sandboxFile.replaceAll('\\', '/'))};`
    : 'const hooks = {};';
  // Asynchronous: esbuild works in its own process while this one goes on serving requests.
  const result = await esbuild.build({
    stdin: {
      contents: `import { createHarness } from ${JSON.stringify(harness)};\n${hooks}\nglobalThis.__shousi_harness = createHarness(hooks);\n`,
      resolveDir: here,
      loader: 'ts',
      sourcefile: 'harness-entry.ts',
    },
    bundle: true,
    format: 'iife',
    // Strict code hides its frames from the user's stack inspection: CallSite.getFunction/getThis give
    // undefined and fn.caller/fn.arguments throw, so no harness closure can be reached and called.
    banner: { js: '"use strict";' },
    platform: 'neutral',
    target: 'es2022',
    write: false,
    minifySyntax: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
