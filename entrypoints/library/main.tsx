import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { createLibraryDeps } from '../../utils/library/browser-deps';
import { App } from './App';
import '@/assets/library.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('libraryPageTitle');
render(<App deps={createLibraryDeps(window)} />, document.getElementById('app')!);
