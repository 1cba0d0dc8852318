import { lazy, Suspense, useEffect, useState } from 'react';
import { prefetchProblem } from './api.js';
import { initialLang, type Lang, LangContext, useLang } from './i18n.js';
import { ProblemListPage } from './pages/ProblemListPage.js';
import { prefs, type Theme } from './prefs.js';
import { linkProps, useRoute } from './router.js';

// The problem page brings Markdown, KaTeX and (lazily, within it) Monaco: not on the first page.
const ProblemPage = lazy(() => import('./pages/ProblemPage.js'));
/** Monaco is most of the bytes: it starts loading as soon as a problem is on its way, not after. */
const loadEditor = () => import('./editor/CodeEditor.js');

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [theme, setTheme] = useState<Theme>(prefs.theme);
  const route = useRoute();

  // A problem page: its data, its chunk and the editor load side by side instead of one after another.
  if (route.page === 'problem') prefetchProblem(route.slug);
  useEffect(() => {
    if (route.page === 'problem') {
      void loadEditor();
      return;
    }
    // On the list, warm the editor once the page is idle, so that opening a problem is quick.
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1500));
    idle(() => void loadEditor());
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
          <Suspense fallback={<Loading />}>
            <ProblemPage key={route.slug} slug={route.slug} theme={theme} />
          </Suspense>
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
