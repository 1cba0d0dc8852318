/**
 * The Monaco editor for one problem: TypeScript with the judge's declarations and compiler options,
 * compile errors from the server shown as markers at the user's line, Ctrl/Cmd+' to run and
 * Ctrl/Cmd+Enter to submit.
 */
import type { CompileError } from '@shousi/contracts';
import { useEffect, useRef } from 'react';
import { configureTypeScript, monaco } from './monaco.js';

const SERVER_MARKERS = 'shousi-judge';

export interface CodeEditorProps {
  slug: string;
  value: string;
  onChange: (code: string) => void;
  theme: 'light' | 'dark';
  fontSize: number;
  declarations: string;
  compilerOptions: Record<string, unknown>;
  /** Errors the judge reported for the code as it was sent. */
  compileErrors: CompileError[];
  onRun: () => void;
  onSubmit: () => void;
}

declare global {
  interface Window {
    /** End-to-end test hook, present only with ?e2e=1. */
    __shousi?: { setCode: (code: string) => void; cursorToEnd: () => void; getCode: () => string; markers: () => { message: string; line: number; owner: string; severity: number }[] };
  }
}

export default function CodeEditor(props: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // The latest callbacks, for commands registered once.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    configureTypeScript(props.compilerOptions, props.declarations);
    const uri = monaco.Uri.parse(`file:///solutions/${props.slug}.ts`);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(props.value, 'typescript', uri);
    model.setValue(props.value);
    const ed = monaco.editor.create(host.current!, {
      model,
      theme: props.theme === 'dark' ? 'vs-dark' : 'vs',
      fontSize: props.fontSize,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      fixedOverflowWidgets: true,
      // The classic textarea input: Chrome's EditContext path loses keystrokes typed right after the
      // text is replaced programmatically (reset, opening an old submission).
      editContext: false,
      'semanticHighlighting.enabled': true,
    });
    editor.current = ed;
    const sub = model.onDidChangeContent(() => {
      latest.current.onChange(model.getValue());
      // The server's markers describe the code as it was: clear them on the first edit.
      monaco.editor.setModelMarkers(model, SERVER_MARKERS, []);
    });
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Quote, () => latest.current.onRun());
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.onSubmit());
    if (sessionStorage.getItem('shousi.e2e')) {
      window.__shousi = {
        setCode: (code) => model.setValue(code),
        cursorToEnd: () => {
          ed.focus();
          ed.setPosition(model.getFullModelRange().getEndPosition());
        },
        getCode: () => model.getValue(),
        markers: () => monaco.editor.getModelMarkers({ resource: uri }).map((m) => ({ message: m.message, line: m.startLineNumber, owner: m.owner, severity: m.severity })),
      };
    }
    return () => {
      sub.dispose();
      ed.dispose();
      model.dispose();
      editor.current = null;
    };
    // The editor is made once per problem; later prop changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.slug]);

  useEffect(() => {
    monaco.editor.setTheme(props.theme === 'dark' ? 'vs-dark' : 'vs');
  }, [props.theme]);
  useEffect(() => {
    editor.current?.updateOptions({ fontSize: props.fontSize });
  }, [props.fontSize]);
  useEffect(() => {
    // A value set from outside (reset, an old submission) replaces the text.
    const model = editor.current?.getModel();
    if (model && model.getValue() !== props.value) model.setValue(props.value);
  }, [props.value]);
  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(model, SERVER_MARKERS, props.compileErrors.map((e) => {
      const line = Math.min(Math.max(1, e.line), model.getLineCount());
      return {
        startLineNumber: line,
        startColumn: Math.max(1, e.column),
        endLineNumber: line,
        endColumn: model.getLineMaxColumn(line),
        message: e.message,
        severity: monaco.MarkerSeverity.Error,
        source: 'judge',
      };
    }));
    if (props.compileErrors[0]) editor.current?.revealLineInCenterIfOutsideViewport(props.compileErrors[0].line);
  }, [props.compileErrors]);

  return <div className="editor-host" ref={host} data-testid="editor" />;
}
