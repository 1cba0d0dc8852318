/**
 * TypeScript → JavaScript for the isolate, with esbuild (~1 ms a file). The user's code is wrapped so
 * that its top-level declarations stay private to it (an IIFE) while the entry point is handed to the
 * harness: `export` before the entry, or a class of its own named TreeNode, changes nothing.
 */
import * as esbuild from 'esbuild';
import type { SourceMapInput } from '@jridgewell/trace-mapping';
import type { CompileError } from '../result.js';

export interface Transpiled {
  code: string;
  map: SourceMapInput;
}

export type TranspileResult = { ok: true; value: Transpiled } | { ok: false; errors: CompileError[] };

export async function transpile(source: string, entryName: string): Promise<TranspileResult> {
  // `"use strict"` shares line 1 and the footer comes after the last line, so user lines keep their numbers.
  const footer = `\n;globalThis.__shousi_entry = typeof ${entryName} === "undefined" ? undefined : ${entryName};\n`;
  try {
    const out = await esbuild.transform(`"use strict";${source}${footer}`, {
      loader: 'ts',
      format: 'iife',
      target: 'es2022',
      sourcemap: 'external',
      sourcefile: 'solution.ts',
      logLevel: 'silent',
    });
    return { ok: true, value: { code: out.code, map: JSON.parse(out.map) as SourceMapInput } };
  } catch (err) {
    const failure = err as esbuild.TransformFailure;
    if (!failure.errors) throw err;
    return {
      ok: false,
      errors: failure.errors.map((e) => ({
        line: e.location?.line ?? 1,
        column: (e.location?.column ?? 0) + 1 - (e.location?.line === 1 ? '"use strict";'.length : 0),
        message: e.text,
      })),
    };
  }
}
