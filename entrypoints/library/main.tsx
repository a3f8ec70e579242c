import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { applyDocumentLanguage } from '../../utils/i18n';
import { createLibraryDeps } from '../../utils/library/browser-deps';
import { takeFirstView } from '../../utils/view/first-cards';
import { App } from './App';
import '@/assets/library.css';

applyDocumentLanguage(document, 'libraryPageTitle');
// The newest saved cards and their highlights, read by the boot script while this code loaded, are
// in the first render when they came in time.
void takeFirstView('library').then((first) =>
  render(
    <App
      deps={{
        ...createLibraryDeps(window),
        firstCards: first?.cards,
        firstHighlights: first?.highlights,
      }}
    />,
    document.getElementById('app')!,
  ),
);
