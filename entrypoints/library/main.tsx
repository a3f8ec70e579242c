import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import type { ArticleCard } from '../../utils/db';
import { applyDocumentLanguage } from '../../utils/i18n';
import { createLibraryDeps } from '../../utils/library/browser-deps';
import { EARLY_LIBRARY_CARDS } from '../../utils/library/first-cards';
import { EARLY_WAIT_MS, takeEarlyWithin } from '../../utils/view/early';
import { App } from './App';
import '@/assets/library.css';

applyDocumentLanguage(document, 'libraryPageTitle');
// The newest saved cards, read by the boot script while this code loaded, are in the first render
// when they came in time.
void takeEarlyWithin<ArticleCard[]>(globalThis, EARLY_LIBRARY_CARDS, EARLY_WAIT_MS).then(
  (firstCards) =>
    render(
      <App deps={{ ...createLibraryDeps(window), firstCards }} />,
      document.getElementById('app')!,
    ),
);
