import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { applyDocumentLanguage } from '../../utils/i18n';
import { createBrowserDeps } from '../../utils/popup/browser-deps';
import { takeFirstCards } from '../../utils/view/first-cards';
import { App } from './App';
import '@/assets/popup.css';

applyDocumentLanguage(document);
// The newest saved cards, read by the boot script while this code loaded, are in the first render
// when they came in time.
void takeFirstCards('popup').then((firstCards) =>
  render(
    <App deps={{ ...createBrowserDeps(window), firstCards }} />,
    document.getElementById('app')!,
  ),
);
