import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { looksLikeArticle } from '@/utils/extract/cheap-check';
import { PAGE_TEXT_BUDGET, watchPage } from '@/utils/content/page-watch';
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
// It is the content script of every http(s) page (registered in wxt.config.ts). A plain script, not
// WXT's content-script wrapper: no framework context (which ends on an event any page can
// dispatch) and no API polyfill, so it costs next to nothing on the pages it only looks at.
export default defineUnlistedScript({
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

    /** Not an article: still paint highlights the reader made here before, once idle. */
    const loadIfHighlighted = () =>
      requestIdleCallback(
        () => {
          const url = safeHttpUrl(location.href, undefined, true);
          if (!url || life.signal.aborted || annotator.loaded()) return;
          send('page/highlight-count', { url })
            .then((count) => (count > 0 ? annotator.load() : null))
            .catch(warn);
        },
        { timeout: 5000 },
      );

    whenParsed(document, life.signal, () => {
      // The reader's first selection brings the annotator; from then on it listens itself.
      watchSelection(document, life.signal, () => {
        if (annotator.loaded() || !highlightableRange(document.getSelection())) return;
        annotator
          .load()
          .then((a) => a.onSelection())
          .catch(warn);
      });
      watchPage({
        doc: document,
        signal: life.signal,
        url: () => location.href,
        looksLikeArticle: () => looksLikeArticle(document, PAGE_TEXT_BUDGET),
        onArticle: () => annotator.load().then((a) => a.recheck()),
        onNavigate: () => {
          if (annotator.loaded()) void annotator.load().then((a) => a.onNavigate());
          else {
            send('page/found', { article: null }).catch(warn);
            loadIfHighlighted();
          }
        },
      });
      if (!annotator.loaded()) loadIfHighlighted();
    });
  },
});
