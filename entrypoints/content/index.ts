import { defineContentScript } from 'wxt/utils/define-content-script';
import { EARLY_TEXT_BUDGET, looksLikeArticle } from '@/utils/extract/cheap-check';
import { highlightableRange } from '@/utils/content/selection';
import { watchSelection } from '@/utils/content/selection-watch';
import { createAnnotatorLoader, lazyTabHandlers } from '@/utils/content/annotator-api';
import { createLifetime } from '@/utils/content/lifetime';
import { whenParsed } from '@/utils/content/when-parsed';
import { extensionAlive, extensionApi, pageMessenger } from '@/utils/content/extension-api';
import { CHANNEL } from '@/utils/messages/envelope';
import { dispatch } from '@/utils/messages/dispatch';
import { tabRequests } from '@/utils/messages/tab-protocol';
import { safeHttpUrl } from '@/utils/url';

// Runs on every page, so it only looks: the annotator is injected where there is work for it.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At document start the extension API is taken before the page has any element named like it;
  // the work itself waits until the document is parsed.
  runAt: 'document_start',
  // No window.postMessage at start-up: pages would see it (and could detect the extension).
  noScriptStartedPostMessage: true,
  // WXT's context is left unused: it ends on an event any page can dispatch. This script keeps
  // its own lifetime instead.
  main() {
    const api = extensionApi();
    if (!api) return;
    const send = pageMessenger(api);
    const life = createLifetime(() => extensionAlive(api));
    const annotator = createAnnotatorLoader(globalThis, () => send('page/annotate', {}));
    const warn = (e: unknown) =>
      console.warn('[AI News Annotator]', e instanceof Error ? e.message : e);

    const handlers = lazyTabHandlers(annotator);
    api.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if ((message as { channel?: unknown } | null)?.channel !== CHANNEL) return false;
      const id = api.runtime.id ?? '';
      void dispatch(tabRequests, handlers, message, sender, id).then(sendResponse);
      return true;
    });

    whenParsed(document, life.signal, () => start());
    function start() {
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
          send('page/highlight-count', { url })
            .then((count) => (count > 0 ? annotator.load() : null))
            .catch(warn);
        },
        { timeout: 5000 },
      );
    }
  },
});
