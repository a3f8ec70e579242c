import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { extractArticle, findArticleRoot } from '@/utils/extract';
import { anchorAll, describe } from '@/utils/anchor';
import { createPainter } from '@/utils/paint';
import { createPageSession } from '@/utils/content/page-session';
import { createTabHandlers } from '@/utils/content/tab-handlers';
import { createUiStore } from '@/utils/content/ui-state';
import { watchLateText } from '@/utils/content/late-text';
import { watchSelection } from '@/utils/content/selection-watch';
import { registerAnnotator, registeredAnnotator } from '@/utils/content/annotator-api';
import { sendToBackground } from '@/utils/messages/client';
import { mountPageUi } from './ui';

// Injected by the background into pages that need it (see entrypoints/content): recognizes the
// article, paints its highlights and offers the in-page highlight UI.
export default defineUnlistedScript(() => {
  if (registeredAnnotator(globalThis) || !browser.runtime?.id) return;
  const ctx = new ContentScriptContext('annotator', { noScriptStartedPostMessage: true });
  const ui = createUiStore();
  let host: HTMLElement | null = null;
  const warn = (e: unknown) =>
    console.warn('[AI News Annotator]', e instanceof Error ? e.message : e);
  const session = createPageSession({
    doc: document,
    win: window,
    url: () => location.href,
    extract: extractArticle,
    findRoot: findArticleRoot,
    describe,
    anchorAll,
    painter: () => createPainter(window, document),
    send: sendToBackground,
    ui,
    uiHost: () => host,
    newId: () => crypto.randomUUID(),
    now: () => new Date().toISOString(),
    onError: warn,
  });
  // The shadow-root UI is built once the reader selects text or opens a highlight.
  let mounting: Promise<void> | null = null;
  ui.subscribe((state) => {
    if (state.kind === 'none' || mounting) return;
    mounting = mountPageUi(ctx, ui, session).then((h) => void (host = h));
  });

  // Selections made inside the in-page UI (its note field) are the UI's own business.
  const inUi = () => host !== null && document.activeElement === host;
  watchSelection(document, ctx.signal, () => session.onSelection(), inUi);
  ctx.addEventListener(document, 'keyup', (e) => {
    if (e.key === 'Escape') session.close();
  });
  ctx.addEventListener(document, 'click', (e) => {
    if (host && e.composedPath().includes(host)) return;
    session.onClick(e.clientX, e.clientY, e.pageX, e.pageY);
  });
  registerAnnotator(globalThis, {
    handlers: createTabHandlers(session),
    onSelection: () => session.onSelection(),
  });

  session.recognize();
  session
    .reload()
    .then(() => session.hasOrphans() && watchLateText(ctx, document, session))
    .catch(warn);
});
