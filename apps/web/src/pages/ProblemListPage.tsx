/** The problem list: grouped by the outline's sections, with progress, search and filters. */
import type { ProblemList, ProblemSummary } from '@shousi/contracts';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { type MessageKey, useLang } from '../i18n.js';
import { linkProps } from '../router.js';

const STATUS_ICON: Record<ProblemSummary['status'], string> = { solved: '✓', attempted: '◐', none: '' };

export function ProblemListPage() {
  const { t, pick } = useLang();
  const [list, setList] = useState<ProblemList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [query, setQuery] = useState('');
  const [difficulty, setDifficulty] = useState('');
  const [status, setStatus] = useState('');
  const [tag, setTag] = useState('');

  useEffect(() => {
    api.problems().then(setList, setError);
  }, []);

  const tagName = useMemo(() => new Map(list?.tags.map((x) => [x.id, x.name]) ?? []), [list]);
  const visible = useMemo(() => {
    if (!list) return [];
    const q = query.trim().toLowerCase();
    return list.problems.filter((p) => {
      if (difficulty && p.difficulty !== difficulty) return false;
      if (status && p.status !== status) return false;
      if (tag && !p.tags.includes(tag)) return false;
      if (!q) return true;
      const hay = [p.slug, p.title.zh, p.title.en, String(p.leetcode ?? ''), ...p.tags.flatMap((x) => [x, tagName.get(x)?.zh ?? '', tagName.get(x)?.en ?? ''])];
      return hay.some((h) => h.toLowerCase().includes(q));
    });
  }, [list, query, difficulty, status, tag, tagName]);

  if (error) return <ErrorBanner error={error} />;
  if (!list) return <div className="loading">{t('loading')}</div>;

  const solved = list.problems.filter((p) => p.status === 'solved').length;
  return (
    <div className="list-page">
      <div className="list-head">
        <h1>{t('problems')}</h1>
        <div className="overall" data-testid="overall-progress">
          {t('progress')} {solved} / {list.problems.length}
          <Bar value={solved} total={list.problems.length} />
        </div>
      </div>
      <div className="filters">
        <input type="search" placeholder={t('search')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('search')} />
        <select value={difficulty} onChange={(e) => setDifficulty(e.target.value)} aria-label={t('allDifficulties')}>
          <option value="">{t('allDifficulties')}</option>
          {(['easy', 'medium', 'hard'] as const).map((d) => <option key={d} value={d}>{t(d)}</option>)}
        </select>
        <select value={status} onChange={(e) => setStatus(e.target.value)} aria-label={t('allStatuses')}>
          <option value="">{t('allStatuses')}</option>
          {(['solved', 'attempted', 'none'] as const).map((s) => <option key={s} value={s}>{t(s)}</option>)}
        </select>
        <select value={tag} onChange={(e) => setTag(e.target.value)} aria-label={t('allTags')}>
          <option value="">{t('allTags')}</option>
          {list.tags.filter((x) => list.problems.some((p) => p.tags.includes(x.id))).map((x) => <option key={x.id} value={x.id}>{pick(x.name)}</option>)}
        </select>
      </div>
      {visible.length === 0 && <p className="muted">{t('noMatch')}</p>}
      {list.sections.map((section) => {
        const all = list.problems.filter((p) => p.section === section.id);
        const shown = visible.filter((p) => p.section === section.id);
        if (shown.length === 0) return null;
        const done = all.filter((p) => p.status === 'solved').length;
        return (
          <section key={section.id} className="section" data-section={section.id}>
            <div className="section-head">
              <h2>{pick(section.name)}</h2>
              <span className="muted">{done} / {all.length}</span>
              <Bar value={done} total={all.length} />
            </div>
            <table className="problems">
              <tbody>
                {shown.map((p) => (
                  <tr key={p.slug} data-slug={p.slug}>
                    <td className={`status status-${p.status}`} title={t(p.status)}>{STATUS_ICON[p.status]}</td>
                    <td className="title">
                      <a {...linkProps(`/problems/${p.slug}`)}>{pick(p.title)}</a>
                      {p.leetcode && <span className="lc">LC {p.leetcode}</span>}
                    </td>
                    <td className="tags">{p.tags.map((x) => <span key={x} className="chip">{pick(tagName.get(x) ?? { zh: x, en: x })}</span>)}</td>
                    <td className={`difficulty difficulty-${p.difficulty}`}>{t(p.difficulty as MessageKey)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

function Bar({ value, total }: { value: number; total: number }) {
  return (
    <span className="bar" role="progressbar" aria-valuenow={value} aria-valuemax={total}>
      <span style={{ width: `${total ? (100 * value) / total : 0}%` }} />
    </span>
  );
}
