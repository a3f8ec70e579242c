import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { applyDocumentLanguage } from '../../utils/i18n';
import { createBrowserDeps } from '../../utils/popup/browser-deps';
import { App } from './App';
import '@/assets/popup.css';

applyDocumentLanguage(document);
render(<App deps={createBrowserDeps(window)} />, document.getElementById('app')!);
