import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { applyDocumentLanguage } from '../../utils/i18n';
import { createLibraryDeps } from '../../utils/library/browser-deps';
import { App } from './App';
import '@/assets/library.css';

applyDocumentLanguage(document, 'libraryPageTitle');
render(<App deps={createLibraryDeps(window)} />, document.getElementById('app')!);
