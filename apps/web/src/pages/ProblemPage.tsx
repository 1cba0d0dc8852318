/**
 * A problem, LeetCode's layout: the statement (and solution, and history) on the left, the editor on
 * the right, the console below it. The draft is saved as it is typed; nothing typed is ever lost to a
 * failed request.
 */
import {
  type CompileError, type History, type ProblemDetail, type RunResult, type Solution, type Submission, VERDICT_NAMES,
} from '@shousi/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, followSubmission } from '../api.js';
import { NotFound } from '../App.js';
import { casesFromSamples, Console, type ConsoleTab } from '../components/Console.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { Markdown } from '../components/Markdown.js';
import { type MessageKey, useLang } from '../i18n.js';
import { codeEditor } from '../lazy.js';
import { prefs, type Theme } from '../prefs.js';
import { linkProps } from '../router.js';

type LeftTab = 'description' | 'solution' | 'submissions';

export default function ProblemPage({ slug, theme }: { slug: string; theme: Theme }) {
  const { t, pick } = useLang();
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [code, setCode] = useState('');
  const [cases, setCases] = useState<string[][]>([]);
  const [left, setLeft] = useState<LeftTab>('description');
  const [consoleTab, setConsoleTab] = useState<ConsoleTab>('cases');
  const [run, setRun] = useState<RunResult | null>(null);
  const [submission, setSubmission] = useState<Submission | null>(null);
  const [busy, setBusy] = useState<'run' | 'queued' | 'running' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [compileErrors, setCompileErrors] = useState<CompileError[]>([]);
  const [fontSize, setFontSize] = useState(prefs.fontSize);
  const [historyVersion, setHistoryVersion] = useState(0);
  const { Component: CodeEditor, error: editorError } = codeEditor.useComponent();
  const follow = useRef<{ cancel: () => void } | null>(null);

  useEffect(() => {
    api.problem(slug).then((p) => {
      setProblem(p);
      setCode(prefs.draft(slug) ?? p.starter);
      const saved = prefs.customInputs(slug);
      setCases(saved && saved.every((c) => c.length === p.entry.inputFields.length) ? saved : casesFromSamples(p));
    }, setLoadError);
    return () => follow.current?.cancel();
  }, [slug]);

  const onCode = useCallback((c: string) => {
    setCode(c);
    prefs.saveDraft(slug, c);
  }, [slug]);
  const onCases = (c: string[][]) => {
    setCases(c);
    prefs.saveCustomInputs(slug, c);
  };

  const doRun = async () => {
    if (!problem || busy) return;
    let inputs: unknown[][];
    try {
      inputs = cases.map((row) => row.map((text, f) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new Error(`${t('invalidInput')}: ${problem.entry.inputFields[f]?.name ?? f} = ${text.slice(0, 60)}`);
        }
      }));
    } catch (err) {
      setError(err);
      return;
    }
    setError(null);
    setBusy('run');
    setSubmission(null);
    setConsoleTab('result');
    try {
      const r = await api.run(slug, code, inputs);
      setRun(r);
      setCompileErrors(r.compileErrors);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const doSubmit = async () => {
    if (!problem || busy) return;
    setError(null);
    setBusy('queued');
    setConsoleTab('result');
    setRun(null);
    setSubmission(null);
    try {
      const { id } = await api.submit(slug, code);
      const f = followSubmission(id, (s) => setBusy(s === 'done' ? null : s));
      follow.current = f;
      const done = await f.done;
      setSubmission(done);
      setCompileErrors(done.compileErrors);
      setHistoryVersion((v) => v + 1);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  // Shortcuts also when the focus is outside the editor.
  const actions = useRef({ doRun, doSubmit });
  actions.current = { doRun, doSubmit };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      if (e.key === "'") {
        e.preventDefault();
        void actions.current.doRun();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        void actions.current.doSubmit();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  if (loadError instanceof ApiError && loadError.status === 404) return <NotFound />;
  if (loadError) return <ErrorBanner error={loadError} />;
  if (!problem) return <div className="loading">{t('loading')}</div>;

  const resetCode = () => {
    if (!confirm(t('resetConfirm'))) return;
    prefs.clearDraft(slug);
    setCode(problem.starter);
    setCompileErrors([]);
  };
  const changeFont = (d: number) => {
    const n = Math.min(28, Math.max(10, fontSize + d));
    setFontSize(n);
    prefs.setFontSize(n);
  };

  return (
    <div className="problem-page">
      <section className="pane left-pane">
        <div className="tabs">
          {(['description', 'solution', 'submissions'] as const).map((tab) => (
            <button key={tab} type="button" className={left === tab ? 'tab active' : 'tab'} onClick={() => setLeft(tab)} data-testid={`tab-${tab}`}>
              {t(tab)}
            </button>
          ))}
        </div>
        <div className="pane-body">
          {left === 'description' && (
            <article data-testid="statement">
              <a className="muted small" {...linkProps('/')}>← {t('back')}</a>
              <h1 className="problem-title">{pick(problem.title)}</h1>
              <div className="meta">
                <span className={`difficulty difficulty-${problem.difficulty}`}>{t(problem.difficulty as MessageKey)}</span>
                {problem.leetcode && <span className="chip">LeetCode {problem.leetcode}</span>}
                <span className="chip">{t('limits')}: {problem.limits.timeMs} ms · {problem.limits.memoryMb} MB</span>
              </div>
              <Markdown text={pick(problem.statement)} />
            </article>
          )}
          {left === 'solution' && <SolutionTab slug={slug} />}
          {left === 'submissions' && <HistoryTab slug={slug} version={historyVersion} onOpen={(c) => onCode(c)} />}
        </div>
      </section>
      <section className="pane right-pane">
        <div className="editor-toolbar">
          <span className="lang-badge">TypeScript</span>
          <span className="spacer" />
          <span className="muted small">{t('fontSize')}</span>
          <button type="button" className="ghost" onClick={() => changeFont(-1)} aria-label="smaller">A−</button>
          <button type="button" className="ghost" onClick={() => changeFont(1)} aria-label="larger">A+</button>
          <button type="button" className="ghost" onClick={resetCode}>{t('resetCode')}</button>
        </div>
        <div className="editor-wrap">
          {CodeEditor ? (
            <CodeEditor
              slug={slug}
              value={code}
              onChange={onCode}
              theme={theme}
              fontSize={fontSize}
              declarations={problem.declarations}
              compilerOptions={problem.compilerOptions}
              compileErrors={compileErrors}
              onRun={() => void doRun()}
              onSubmit={() => void doSubmit()}
            />
          ) : (
            <div className={editorError ? 'banner banner-error' : 'loading'} role={editorError ? 'alert' : undefined}>{t(editorError ? 'offline' : 'loading')}</div>
          )}
        </div>
        <ErrorBanner error={error} onClose={() => setError(null)} />
        <Console problem={problem} cases={cases} onCases={onCases} tab={consoleTab} onTab={setConsoleTab} run={run} submission={submission} busy={busy} />
        <div className="actions">
          <span className="muted small">{t('shortcuts')}</span>
          <span className="spacer" />
          <button type="button" className="secondary" onClick={() => void doRun()} disabled={busy !== null} data-testid="run">{busy === 'run' ? t('running') : t('run')}</button>
          <button type="button" className="primary" onClick={() => void doSubmit()} disabled={busy !== null} data-testid="submit">{busy === 'queued' || busy === 'running' ? t('judging') : t('submit')}</button>
        </div>
      </section>
    </div>
  );
}

function SolutionTab({ slug }: { slug: string }) {
  const { t, pick } = useLang();
  const [solution, setSolution] = useState<Solution | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!solution) {
    return (
      <div className="reveal">
        <p className="muted">{t('solutionHint')}</p>
        <button type="button" className="secondary" data-testid="show-solution" onClick={() => api.solution(slug).then(setSolution, setError)}>{t('showSolution')}</button>
        <ErrorBanner error={error} />
      </div>
    );
  }
  return (
    <article data-testid="solution">
      {solution.complexity && (
        <div className="meta">
          <span className="chip">{t('time')} {solution.complexity.time}</span>
          <span className="chip">{t('space')} {solution.complexity.space}</span>
        </div>
      )}
      <Markdown text={pick(solution.explanation)} />
      <pre className="code">{solution.code}</pre>
    </article>
  );
}

function HistoryTab({ slug, version, onOpen }: { slug: string; version: number; onOpen: (code: string) => void }) {
  const { t, pick, lang } = useLang();
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.history(slug).then(setHistory, setError);
  }, [slug, version]);
  const more = () => history?.nextCursor && api.history(slug, history.nextCursor).then((h) => setHistory({ items: [...history.items, ...h.items], nextCursor: h.nextCursor }), setError);
  const open = (id: string) => api.submission(id).then((s) => onOpen(s.code), setError);
  if (error) return <ErrorBanner error={error} />;
  if (!history) return <div className="loading">{t('loading')}</div>;
  if (history.items.length === 0) return <p className="muted">{t('noSubmissions')}</p>;
  return (
    <div data-testid="history">
      <table className="history">
        <thead>
          <tr><th>{t('status')}</th><th>{t('runtime')}</th><th>{t('memory')}</th><th>{t('submittedAt')}</th><th /></tr>
        </thead>
        <tbody>
          {history.items.map((s) => (
            <tr key={s.id}>
              <td className={s.verdict === 'AC' ? 'ok' : 'bad'}>{s.verdict ? pick(VERDICT_NAMES[s.verdict]) : t(s.status === 'queued' ? 'queued' : 'judging')}</td>
              <td>{s.runtimeMs !== null ? `${s.runtimeMs} ms` : '–'}</td>
              <td>{s.memoryKb !== null ? `${(s.memoryKb / 1024).toFixed(1)} MB` : '–'}</td>
              <td>{new Date(s.createdAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}</td>
              <td><button type="button" className="ghost" onClick={() => void open(s.id)}>{t('openInEditor')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {history.nextCursor && <button type="button" className="ghost" onClick={() => void more()}>{t('loadMore')}</button>}
    </div>
  );
}
