import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { applyDocumentLanguage } from '../../utils/i18n';
import { createLibraryDeps } from '../../utils/library/browser-deps';
import { takeFirstCards } from '../../utils/view/first-cards';
import { App } from './App';
import '@/assets/library.css';

applyDocumentLanguage(document, 'libraryPageTitle');
// The newest saved cards, read by the boot script while this code loaded, are in the first render
// when they came in time.
void takeFirstCards('library').then((firstCards) =>
  render(
    <App deps={{ ...createLibraryDeps(window), firstCards }} />,
    document.getElementById('app')!,
  ),
);
