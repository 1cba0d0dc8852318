import './zod-jitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

// End-to-end tests open the app with ?e2e=1: the editor then exposes a test hook for this tab.
if (new URLSearchParams(location.search).has('e2e')) sessionStorage.setItem('shousi.e2e', '1');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
