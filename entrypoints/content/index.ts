import { z } from 'zod';
import { browser } from 'wxt/browser';
import { extractArticle, findArticleRoot } from '@/utils/extract';
import { anchorAll, describe } from '@/utils/anchor';
import { createPainter } from '@/utils/paint';
import { createPageSession } from '@/utils/content/page-session';
import { createTabHandlers } from '@/utils/content/tab-handlers';
import { createUiStore } from '@/utils/content/ui-state';
import { watchLateText } from '@/utils/content/late-text';
import { sendToBackground } from '@/utils/messages/client';
import { CHANNEL, dispatch, tabRequests } from '@/utils/messages';
import { mountPageUi } from './ui';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    z.config({ jitless: true });
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

    try {
      await session.start();
    } catch (e) {
      console.warn('[AI News Annotator]', e instanceof Error ? e.message : e);
    }
    if (session.hasOrphans()) watchLateText(ctx, document, session);
  },
});
