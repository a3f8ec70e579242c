import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createBrowserDeps } from '../../utils/popup/browser-deps';
import { App } from './App';
import '@/assets/popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App deps={createBrowserDeps(window)} />, document.getElementById('app')!);
