import { useEffect, useState } from 'react';
import { prefetchProblem } from './api.js';
import { initialLang, type Lang, LangContext, useLang } from './i18n.js';
import { codeEditor, problemPage } from './lazy.js';
import { ProblemListPage } from './pages/ProblemListPage.js';
import { prefs, type Theme } from './prefs.js';
import { linkProps, useRoute } from './router.js';

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [theme, setTheme] = useState<Theme>(prefs.theme);
  const route = useRoute();

  // The problem page brings Markdown, KaTeX and Monaco (most of the bytes), none of which the list
  // needs. On a problem page its data, its chunk and the editor load side by side, not one after
  // another.
  if (route.page === 'problem') {
    prefetchProblem(route.slug);
    problemPage.preload().catch(() => undefined);
    codeEditor.preload().catch(() => undefined);
  }
  useEffect(() => {
    if (route.page === 'problem') return;
    // On the list, warm both once the page is idle, so that opening a problem is quick.
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1500));
    idle(() => {
      problemPage.preload().catch(() => undefined);
      codeEditor.preload().catch(() => undefined);
    });
  }, [route.page]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    prefs.setTheme(theme);
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const setLang = (l: Lang) => {
    prefs.setLang(l);
    setLangState(l);
  };

  return (
    <LangContext.Provider value={{ lang, setLang }}>
      <Header theme={theme} onTheme={setTheme} />
      <main className={route.page === 'problem' ? 'main main-wide' : 'main'}>
        {route.page === 'list' && <ProblemListPage />}
        {route.page === 'problem' && (
          <LazyProblemPage key={route.slug} slug={route.slug} theme={theme} />
        )}
        {route.page === 'missing' && <NotFound />}
      </main>
    </LangContext.Provider>
  );
}

function Header({ theme, onTheme }: { theme: Theme; onTheme: (t: Theme) => void }) {
  const { t, lang, setLang } = useLang();
  return (
    <header className="topbar">
      <a className="brand" {...linkProps('/')}>
        <span className="brand-mark">手撕</span>
        <span className="brand-name">shousi</span>
      </a>
      <span className="tagline">{t('tagline')}</span>
      <nav className="topbar-actions">
        <a {...linkProps('/')}>{t('problems')}</a>
        <button type="button" className="ghost" onClick={() => onTheme(theme === 'dark' ? 'light' : 'dark')} title={t('theme')}>
          {theme === 'dark' ? '☀ ' + t('light') : '☾ ' + t('dark')}
        </button>
        <button type="button" className="ghost" data-testid="lang-toggle" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t('language')}
        </button>
      </nav>
    </header>
  );
}

function LazyProblemPage(props: { slug: string; theme: Theme }) {
  const { t } = useLang();
  const { Component, error } = problemPage.useComponent();
  if (Component) return <Component {...props} />;
  return error ? <div className="banner banner-error" role="alert">{t('offline')}</div> : <Loading />;
}

export function Loading() {
  const { t } = useLang();
  return <div className="loading">{t('loading')}</div>;
}

export function NotFound() {
  const { t } = useLang();
  return (
    <div className="empty-state">
      <h1>{t('notFound')}</h1>
      <p>{t('notFoundHint')}</p>
      <a {...linkProps('/')}>{t('back')}</a>
    </div>
  );
}
