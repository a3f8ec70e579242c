import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { EARLY_TEXT_BUDGET, looksLikeArticle } from '@/utils/extract/cheap-check';
import { highlightableRange } from '@/utils/content/selection';
import { watchSelection } from '@/utils/content/selection-watch';
import { createAnnotatorLoader, lazyTabHandlers } from '@/utils/content/annotator-api';
import { createLifetime } from '@/utils/content/lifetime';
import { sendToBackground } from '@/utils/messages/client';
import { CHANNEL } from '@/utils/messages/envelope';
import { dispatch } from '@/utils/messages/dispatch';
import { tabRequests } from '@/utils/messages/tab-protocol';
import { safeHttpUrl } from '@/utils/url';

// Runs on every page, so it only looks: the annotator is injected where there is work for it.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // No window.postMessage at start-up: pages would see it (and could detect the extension).
  noScriptStartedPostMessage: true,
  // WXT's context is left unused: it ends on an event any page can dispatch. This script keeps
  // its own lifetime instead.
  main() {
    const life = createLifetime(() => browser.runtime?.id != null);
    const annotator = createAnnotatorLoader(globalThis, () =>
      sendToBackground('page/annotate', {}),
    );
    const warn = (e: unknown) =>
      console.warn('[AI News Annotator]', e instanceof Error ? e.message : e);

    const handlers = lazyTabHandlers(annotator);
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if ((message as { channel?: unknown } | null)?.channel !== CHANNEL) return false;
      void dispatch(tabRequests, handlers, message, sender, browser.runtime.id).then(sendResponse);
      return true;
    });

    // The reader's first selection brings the annotator; from then on it listens itself.
    watchSelection(document, life.signal, () => {
      if (annotator.loaded() || !highlightableRange(document.getSelection())) return;
      annotator
        .load()
        .then((a) => a.onSelection())
        .catch(warn);
    });

    if (looksLikeArticle(document, EARLY_TEXT_BUDGET)) {
      annotator.load().catch(warn);
      return;
    }
    // Not an article: still paint highlights the reader made here before, once the page is idle.
    requestIdleCallback(
      () => {
        const url = safeHttpUrl(location.href, undefined, true);
        if (!url || life.signal.aborted) return;
        sendToBackground('page/highlight-count', { url })
          .then((count) => (count > 0 ? annotator.load() : null))
          .catch(warn);
      },
      { timeout: 5000 },
    );
  },
});
