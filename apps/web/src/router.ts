/** A two-route router on the History API: `/` (the list) and `/problems/:slug`. */
import { useEffect, useState } from 'react';

export type Route = { page: 'list' } | { page: 'problem'; slug: string } | { page: 'missing' };

export function parseRoute(path: string): Route {
  if (path === '/' || path === '') return { page: 'list' };
  const m = /^\/problems\/([a-z0-9-]+)\/?$/.exec(path);
  return m ? { page: 'problem', slug: m[1]! } : { page: 'missing' };
}

export function navigate(path: string): void {
  if (path === location.pathname) return;
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.pathname));
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  return route;
}

/** A link that navigates without reloading the page (and opens a new tab on a modified click). */
export function linkProps(path: string) {
  return {
    href: path,
    onClick: (e: { preventDefault: () => void; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; button: number }) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      navigate(path);
    },
  };
}
