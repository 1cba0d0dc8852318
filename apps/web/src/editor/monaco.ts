/**
 * Monaco, bundled here with its workers: nothing is fetched from a CDN. Only the core editor and the
 * TypeScript language are included. This module is loaded lazily, with the editor.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/typescript/register';
import * as ts from 'monaco-editor/languages/features/typescript/register';
// Monaco imports these two when the first TypeScript model appears; importing them here puts their
// code in this chunk (which a problem page preloads) instead of a fetch after the editor has loaded.
import 'monaco-editor/languages/definitions/typescript/typescript';
import 'monaco-editor/languages/features/typescript/tsMode';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()),
};

/**
 * The judge's compiler options (problem-kit's COMPILER_OPTIONS, served with the problem) in Monaco's
 * terms, so that the editor reports exactly what the judge will: no red squiggle on code the judge
 * accepts, and every error it would report.
 */
export function configureTypeScript(options: Record<string, unknown>, declarations: string): void {
  ts.typescriptDefaults.setCompilerOptions({
    // Monaco's enum stops at ES2020 and ESNext; the libs below fix the API surface.
    target: ts.ScriptTarget.ESNext,
    lib: ((options.lib as string[] | undefined) ?? ['ES2023']).map((l) => l.toLowerCase()),
    strict: false,
    alwaysStrict: options.alwaysStrict === true,
    strictBindCallApply: options.strictBindCallApply === true,
    strictFunctionTypes: options.strictFunctionTypes === true,
    noEmit: true,
    allowNonTsExtensions: true,
    // Force: every model is a module, so several open solutions don't clash.
    moduleDetection: 3,
  } as Parameters<typeof ts.typescriptDefaults.setCompilerOptions>[0]);
  ts.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  ts.typescriptDefaults.setExtraLibs([{ content: declarations, filePath: 'file:///judge-globals.d.ts' }]);
}

export { monaco };
