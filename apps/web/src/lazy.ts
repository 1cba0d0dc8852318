/**
 * The problem page and the editor, loaded on demand without React.lazy: React 19 holds back a
 * resolved Suspense boundary for up to 300 ms so that several can be revealed together, and for the
 * editor that is 300 ms more before a person can type. A failed load (the server gone) is reported,
 * and the next mount tries again.
 */
import { type ComponentType, useEffect, useState } from 'react';

export interface LazyComponent<P> {
  /** Starts loading (once); the page calls it as early as it knows the component will be needed. */
  preload: () => Promise<ComponentType<P>>;
  /** The component once loaded, or the load's error. */
  useComponent: () => { Component?: ComponentType<P>; error?: unknown };
}

export function lazyComponent<P>(load: () => Promise<{ default: ComponentType<P> }>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (m) => (loaded = m.default),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const useComponent = () => {
    const [state, setState] = useState<{ Component?: ComponentType<P>; error?: unknown }>(() => ({ Component: loaded }));
    useEffect(() => {
      if (state.Component) return;
      let live = true;
      preload().then(
        (Component) => live && setState({ Component }),
        (error: unknown) => live && setState({ error }),
      );
      return () => {
        live = false;
      };
      // Loads once per mount.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []);
    return state;
  };
  return { preload, useComponent };
}

export const problemPage = lazyComponent(() => import('./pages/ProblemPage.js'));
export const codeEditor = lazyComponent(() => import('./editor/CodeEditor.js'));
