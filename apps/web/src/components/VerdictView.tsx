/** A finished submission, as LeetCode shows it: the verdict, then the numbers or the failing case. */
import { type ProblemDetail, type Submission, VERDICT_NAMES } from '@shousi/contracts';
import { useLang } from '../i18n.js';
import { InputView, OutputVsExpected } from './values.js';

export function VerdictView({ submission, problem }: { submission: Submission; problem: ProblemDetail }) {
  const { t, pick } = useLang();
  const s = submission;
  const verdict = s.verdict ?? 'IE';
  const fields = problem.entry.inputFields;
  return (
    <div className="verdict-view" data-testid="verdict" data-verdict={verdict}>
      <div className={`verdict verdict-${verdict === 'AC' ? 'ok' : 'bad'}`}>{pick(VERDICT_NAMES[verdict])}</div>
      {s.total !== null && s.total > 0 && (
        <div className="muted" data-testid="passed">{s.passed} / {s.total} {t('passedCases')}</div>
      )}
      {verdict === 'AC' && (
        <div className="stats">
          <div className="stat"><div className="label">{t('runtime')}</div><div className="stat-value">{s.runtimeMs ?? '–'} ms</div></div>
          <div className="stat"><div className="label">{t('memory')}</div><div className="stat-value">{s.memoryKb !== null ? (s.memoryKb / 1024).toFixed(1) : '–'} MB</div></div>
        </div>
      )}
      {s.compileErrors.length > 0 && (
        <>
          <div className="label">{t('compileErrors')}</div>
          <pre className="value value-bad" data-testid="compile-errors">{s.compileErrors.map((e) => `Line ${e.line}:${e.column}  ${e.message}`).join('\n')}</pre>
        </>
      )}
      {s.failure && (
        <div className="failure" data-testid="failure">
          <div className="label">{t('failingCase')} #{s.failure.test}</div>
          {s.failure.message && <pre className="value value-bad">{s.failure.message}</pre>}
          <div className="label">{t('input')}</div>
          <InputView input={s.failure.input} fields={fields} />
          <OutputVsExpected output={s.failure.output} expected={s.failure.expected} passed={false} />
          {s.failure.stdout && (
            <>
              <div className="label">{t('stdout')}</div>
              <pre className="value">{s.failure.stdout}</pre>
            </>
          )}
        </div>
      )}
    </div>
  );
}
