import { render } from 'preact';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { createBrowserDeps } from '../../utils/popup/browser-deps';
import { App } from './App';
import './style.css';

// Extension pages forbid eval (MV3 CSP): zod must not try to compile its checks. No schema is
// used before this line runs (imports only define them).
z.config({ jitless: true });

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App deps={createBrowserDeps(window)} />, document.getElementById('app')!);
