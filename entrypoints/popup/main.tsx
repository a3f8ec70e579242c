import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { applyDocumentLanguage } from '../../utils/i18n';
import { createBrowserDeps } from '../../utils/popup/browser-deps';
import { takeFirstView } from '../../utils/view/first-cards';
import { App } from './App';
import '@/assets/popup.css';

applyDocumentLanguage(document);
// The newest saved cards, read by the boot script while this code loaded, are in the first render
// when they came in time.
void takeFirstView('popup').then((first) =>
  render(
    <App deps={{ ...createBrowserDeps(window), firstCards: first?.cards }} />,
    document.getElementById('app')!,
  ),
);
