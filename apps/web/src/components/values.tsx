/** How inputs and outputs are shown: JSON, one field per line, long values with their first difference marked. */
import { useLang } from '../i18n.js';

export const show = (v: unknown): string => (v === undefined ? '' : JSON.stringify(v));

/** The fields of an input, one per line, named. */
export function InputView({ input, fields }: { input: unknown[]; fields: { name: string }[] }) {
  return (
    <div className="value-block">
      {input.map((v, i) => (
        <div key={i} className="field">
          <div className="field-name">{fields[i]?.name ?? `#${i + 1}`} =</div>
          <pre className="value">{show(v)}</pre>
        </div>
      ))}
    </div>
  );
}

/** Output next to expected; for long values, where they first differ. */
export function OutputVsExpected({ output, expected, passed }: { output: unknown; expected: unknown; passed: boolean }) {
  const { t } = useLang();
  const out = show(output);
  const exp = show(expected);
  let at = -1;
  if (!passed && (out.length > 60 || exp.length > 60)) {
    at = 0;
    while (at < out.length && at < exp.length && out[at] === exp[at]) at++;
  }
  const context = (s: string) => (at < 0 ? s : `${at > 40 ? '…' : ''}${s.slice(Math.max(0, at - 40), at)}`);
  return (
    <>
      <div className="label">{t('output')}</div>
      <pre className={`value ${passed ? '' : 'value-bad'}`} data-testid="output">{out}</pre>
      <div className="label">{t('expected')}</div>
      <pre className="value value-good" data-testid="expected">{exp}</pre>
      {at >= 0 && (
        <>
          <div className="label">{t('diff')} @ {at}</div>
          <pre className="value diff">
            {context(out)}<mark>{out.slice(at, at + 40) || '∅'}</mark>{'\n'}
            {context(exp)}<mark>{exp.slice(at, at + 40) || '∅'}</mark>
          </pre>
        </>
      )}
    </>
  );
}
