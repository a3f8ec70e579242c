import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import type { ArticleCard } from '../../utils/db';
import { applyDocumentLanguage } from '../../utils/i18n';
import { createBrowserDeps } from '../../utils/popup/browser-deps';
import { EARLY_FIRST_CARDS } from '../../utils/popup/first-cards';
import { EARLY_WAIT_MS, takeEarlyWithin } from '../../utils/view/early';
import { App } from './App';
import '@/assets/popup.css';

applyDocumentLanguage(document);
// The newest saved cards, read by the boot script while this code loaded, are in the first render
// when they came in time.
void takeEarlyWithin<ArticleCard[]>(globalThis, EARLY_FIRST_CARDS, EARLY_WAIT_MS).then(
  (firstCards) =>
    render(
      <App deps={{ ...createBrowserDeps(window), firstCards }} />,
      document.getElementById('app')!,
    ),
);
