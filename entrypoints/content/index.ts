import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { extractArticle, findArticleRoot } from '@/utils/extract';
import { anchorAll, describe } from '@/utils/anchor';
import { createPainter } from '@/utils/paint';
import { createPageSession } from '@/utils/content/page-session';
import { createTabHandlers } from '@/utils/content/tab-handlers';
import { createUiStore } from '@/utils/content/ui-state';
import { watchLateText } from '@/utils/content/late-text';
import { sendToBackground } from '@/utils/messages/client';
import { CHANNEL } from '@/utils/messages/envelope';
import { dispatch } from '@/utils/messages/dispatch';
import { tabRequests } from '@/utils/messages/tab-protocol';
import { mountPageUi } from './ui';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const ui = createUiStore();
    let host: HTMLElement | null = null;
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
      onError: (message) => console.warn('[AI News Annotator]', message),
    });
    // The shadow-root UI is only built once the reader selects text or opens a highlight.
    let mounting: Promise<void> | null = null;
    ui.subscribe((state) => {
      if (state.kind === 'none' || mounting) return;
      mounting = mountPageUi(ctx, ui, session).then((h) => void (host = h));
    });

    const handlers = createTabHandlers(session);
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if ((message as { channel?: unknown } | null)?.channel !== CHANNEL) return false;
      void dispatch(tabRequests, handlers, message, sender, browser.runtime.id).then(sendResponse);
      return true;
    });
    const onSelection = () => setTimeout(() => session.onSelection(), 0);
    ctx.addEventListener(document, 'mouseup', onSelection);
    ctx.addEventListener(document, 'keyup', (e) => {
      if (e.key === 'Escape') session.close();
      else if (e.shiftKey || e.key === 'Shift') onSelection();
    });
    ctx.addEventListener(document, 'click', (e) => {
      if (host && e.composedPath().includes(host)) return;
      session.onClick(e.clientX, e.clientY, e.pageX, e.pageY);
    });

    // Articles get their highlights painted at once; other pages look for theirs when idle.
    const paintSaved = async () => {
      try {
        await session.reload();
        if (session.hasOrphans()) watchLateText(ctx, document, session);
      } catch (e) {
        console.warn('[AI News Annotator]', e instanceof Error ? e.message : e);
      }
    };
    if (session.recognize()) await paintSaved();
    else ctx.requestIdleCallback(() => void paintSaved(), { timeout: 5000 });
  },
});
