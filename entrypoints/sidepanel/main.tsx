import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createBrowserDeps } from '../../utils/sidepanel/browser-deps';
import { App } from './App';
import '@/assets/sidepanel.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('panelTitle') || document.title;
render(<App deps={createBrowserDeps(window)} />, document.getElementById('app')!);
