/**
 * The console below the editor: the test cases (samples, editable, one JSON value per field) and the
 * last Run's results case by case, or the last submission's verdict.
 */
import { type ProblemDetail, type RunResult, type Submission, VERDICT_NAMES } from '@shousi/contracts';
import { useState } from 'react';
import { useLang } from '../i18n.js';
import { show, InputView, OutputVsExpected } from './values.js';
import { VerdictView } from './VerdictView.js';

export type ConsoleTab = 'cases' | 'result';

export interface ConsoleProps {
  problem: ProblemDetail;
  cases: string[][];
  onCases: (cases: string[][]) => void;
  tab: ConsoleTab;
  onTab: (t: ConsoleTab) => void;
  run: RunResult | null;
  submission: Submission | null;
  /** queued / running while a submission is being judged, 'run' while a Run is going. */
  busy: 'run' | 'queued' | 'running' | null;
}

const MAX_CASES = 10;

export function Console(props: ConsoleProps) {
  const { t } = useLang();
  const { problem, cases, onCases, tab, onTab } = props;
  const [active, setActive] = useState(0);
  const current = Math.min(active, cases.length - 1);
  const fields = problem.entry.inputFields;

  const setField = (c: number, f: number, text: string) => onCases(cases.map((row, i) => (i === c ? row.map((v, j) => (j === f ? text : v)) : row)));

  return (
    <div className="console">
      <div className="tabs">
        <button type="button" className={tab === 'cases' ? 'tab active' : 'tab'} onClick={() => onTab('cases')}>{t('testcases')}</button>
        <button type="button" className={tab === 'result' ? 'tab active' : 'tab'} onClick={() => onTab('result')} data-testid="result-tab">{t('result')}</button>
      </div>
      <div className="console-body">
        {tab === 'cases' && (
          <>
            <div className="case-tabs">
              {cases.map((_, i) => (
                <span key={i} className={i === current ? 'case-tab active' : 'case-tab'}>
                  <button type="button" className="ghost" onClick={() => setActive(i)}>{t('case')} {i + 1}</button>
                  {cases.length > 1 && (
                    <button type="button" className="ghost close" aria-label="remove" onClick={() => { onCases(cases.filter((__, j) => j !== i)); setActive(Math.max(0, i - 1)); }}>×</button>
                  )}
                </span>
              ))}
              {cases.length < MAX_CASES && (
                <button type="button" className="ghost" onClick={() => { onCases([...cases, [...cases[current]!]]); setActive(cases.length); }} aria-label={t('addCase')}>+</button>
              )}
            </div>
            <p className="hint">{t('inputHint')}</p>
            {cases[current]?.map((text, f) => (
              <label key={f} className="field">
                <span className="field-name">{fields[f]?.name} = {fields[f] && !fields[f].passed && <span className="muted">{t('hiddenField')}</span>}</span>
                <textarea
                  data-testid={`case-${current}-field-${f}`}
                  spellCheck={false}
                  rows={Math.min(6, Math.max(1, Math.ceil(text.length / 80)))}
                  value={text}
                  onChange={(e) => setField(current, f, e.target.value)}
                />
              </label>
            ))}
          </>
        )}
        {tab === 'result' && <Result {...props} />}
      </div>
    </div>
  );
}

function Result({ problem, run, submission, busy }: ConsoleProps) {
  const { t, pick } = useLang();
  const [active, setActive] = useState(0);
  if (busy) return <div className="loading" data-testid="busy">{busy === 'run' ? t('running') : busy === 'queued' ? t('queued') : t('judging')}</div>;
  if (submission) return <VerdictView submission={submission} problem={problem} />;
  if (!run) return <p className="muted">{t('shortcuts')}</p>;
  const verdict = run.verdict;
  const c = run.cases[Math.min(active, run.cases.length - 1)];
  return (
    <div className="run-result" data-testid="run-result" data-verdict={verdict}>
      <div className={`verdict verdict-${verdict === 'AC' ? 'ok' : 'bad'}`}>{pick(VERDICT_NAMES[verdict])}</div>
      {run.compileErrors.length > 0 && (
        <pre className="value value-bad" data-testid="compile-errors">{run.compileErrors.map((e) => `Line ${e.line}:${e.column}  ${e.message}`).join('\n')}</pre>
      )}
      {run.cases.length > 0 && (
        <div className="case-tabs">
          {run.cases.map((k, i) => (
            <button key={i} type="button" className={`ghost case-tab ${i === active ? 'active' : ''} ${k.passed ? 'ok' : 'bad'}`} onClick={() => setActive(i)}>
              {k.passed ? '✓' : '✗'} {t('case')} {i + 1}
            </button>
          ))}
        </div>
      )}
      {c && (
        <div className="case-detail">
          {c.message && (
            <>
              <div className="label">{t('message')}</div>
              <pre className="value value-bad">{c.verdict !== 'AC' && c.verdict !== 'WA' ? `${pick(VERDICT_NAMES[c.verdict])}: ` : ''}{c.message}</pre>
            </>
          )}
          <div className="label">{t('input')}</div>
          <InputView input={c.input} fields={problem.entry.inputFields} />
          {c.stdout && (
            <>
              <div className="label">{t('stdout')}</div>
              <pre className="value">{c.stdout}</pre>
            </>
          )}
          <OutputVsExpected output={c.output} expected={c.expected} passed={c.passed} />
        </div>
      )}
    </div>
  );
}

/** The samples as editable text, one JSON value per field. */
export function casesFromSamples(problem: ProblemDetail): string[][] {
  return problem.samples.map((s) => s.input.map(show));
}
