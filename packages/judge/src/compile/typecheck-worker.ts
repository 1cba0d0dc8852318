/**
 * The warm type checker: one TypeScript 5.9 LanguageService in a worker thread, kept alive across
 * submissions. Each check replaces the text of a virtual `/solution.ts` and bumps its version, so only
 * that file is re-parsed and re-bound (~15 ms warm against ~550 ms cold).
 */
import { realpathSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import ts from 'typescript';
import { COMPILER_OPTIONS } from '@shousi/problem-kit/globals';

export interface CheckRequest {
  id: number;
  code: string;
  globals: string;
  /** The type the entry point must have, e.g. `(a: string) => number`. */
  signature: string;
  entryName: string;
}

export interface Diagnostic {
  line: number;
  column: number;
  message: string;
  /** The error is about the entry point itself (the appended conformance check). */
  entry: boolean;
  code: number;
}

// The same options as the editor's (one source in problem-kit), plus what only a server needs.
const converted = ts.convertCompilerOptionsFromJson(COMPILER_OPTIONS, '/');
if (converted.errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(converted.errors[0]!.messageText, '\n'));
const options: ts.CompilerOptions = { ...converted.options, types: [], skipLibCheck: true };

const files = new Map<string, { text: string; version: number }>();
const libCache = new Map<string, ts.IScriptSnapshot | undefined>();

function setFile(name: string, text: string): void {
  const f = files.get(name);
  if (f?.text === text) return;
  files.set(name, { text, version: (f?.version ?? 0) + 1 });
}

const host: ts.LanguageServiceHost = {
  getScriptFileNames: () => ['/globals.d.ts', '/solution.ts'],
  getScriptVersion: (name) => String(files.get(name)?.version ?? 0),
  getScriptSnapshot: (name) => {
    const f = files.get(name);
    if (f) return ts.ScriptSnapshot.fromString(f.text);
    if (!libCache.has(name)) {
      const text = ts.sys.readFile(name);
      libCache.set(name, text === undefined ? undefined : ts.ScriptSnapshot.fromString(text));
    }
    return libCache.get(name);
  },
  getCurrentDirectory: () => '/',
  getCompilationSettings: () => options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: (name) => files.has(name) || ts.sys.fileExists(name),
  readFile: (name) => files.get(name)?.text ?? ts.sys.readFile(name),
};

const service = ts.createLanguageService(host, ts.createDocumentRegistry());

function check(req: CheckRequest): Diagnostic[] {
  const userLines = req.code.split('\n').length;
  // The conformance line comes after the user's last line, so user errors keep their positions.
  setFile('/solution.ts', `${req.code}\n;const __shousi_entry_check__: ${req.signature} = ${req.entryName};\n`);
  setFile('/globals.d.ts', req.globals);
  const sf = service.getProgram()!.getSourceFile('/solution.ts')!;
  const all = [...service.getSyntacticDiagnostics('/solution.ts'), ...service.getSemanticDiagnostics('/solution.ts')];
  return all
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => {
      const { line, character } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      return { line: line + 1, column: character + 1, message, code: d.code, entry: line + 1 > userLines };
    });
}

// Where the host can read this thread's CPU time (Linux): it limits a check by CPU, not by wall time,
// so that a loaded machine does not turn a slow check into a compile error.
let statFile: string | null = null;
try {
  statFile = `${realpathSync('/proc/thread-self')}/stat`;
} catch {
  // not Linux: the host falls back to wall-clock time
}
// The first check parses lib.es2023 (~0.5 s): pay it here, before the thread says it is ready, so that
// no submission's check (and no time limit) includes it.
check({ id: 0, code: '', globals: '', signature: 'unknown', entryName: 'undefined' });
parentPort!.postMessage({ ready: true, statFile });

parentPort!.on('message', (req: CheckRequest) => {
  try {
    parentPort!.postMessage({ id: req.id, diagnostics: check(req) });
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: (err as Error).message });
  }
});
