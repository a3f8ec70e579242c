import '../../utils/zod-config'; // first: before any schema is built
import { render } from 'preact';
import { createBrowserDeps } from '../../utils/popup/browser-deps';
import type { FirstView } from '../../utils/view/first-cards';
import { App } from './App';

/** The whole popup, in place of its first screen (main.tsx), with the cards that screen showed. */
export function startPopup(app: HTMLElement, first: FirstView | null): void {
  render(<App deps={{ ...createBrowserDeps(window), firstCards: first?.cards }} />, app);
}
