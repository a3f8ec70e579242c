import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EARLY_TEXT_BUDGET, mayBeQuickread } from '@/utils/extract/cheap-check';
import { watchPage } from '@/utils/content/page-watch';
import { highlightableRange } from '@/utils/content/selection';
import { watchSelection } from '@/utils/content/selection-watch';
import { createAnnotatorLoader } from '@/utils/content/annotator-api';
import { whenParsed } from '@/utils/content/when-parsed';
import { extensionAlive, extensionApi, pageMessenger } from '@/utils/content/extension-api';
import { safeHttpUrl } from '@/utils/url';
import type { BackgroundType, RequestOf, ResponseOf } from '@/utils/messages/types';

// Runs on every page, so it only looks: the annotator is injected where there is work for it.
// It is the content script of every http(s) page (registered in wxt.config.ts). A plain script, not
// WXT's content-script wrapper: no framework context (which ends on an event any page can
// dispatch) and no API polyfill. It does not even touch the extension API until there is work:
// it registers no listener (the background injects the annotator when it needs to ask this page
// something) and the background itself looks for the reader's highlights on a page that loaded.
export default defineUnlistedScript({
  main() {
    const send = <T extends BackgroundType>(
      type: T,
      data: RequestOf<T>,
    ): Promise<ResponseOf<T>> => {
      const api = extensionApi();
      if (!api || !extensionAlive(api)) return Promise.reject(new Error('extension unavailable'));
      return pageMessenger(api)(type, data);
    };
    const annotator = createAnnotatorLoader(globalThis, () => send('page/annotate', {}));
    const warn = (e: unknown) =>
      console.warn('[AI News Annotator]', e instanceof Error ? e.message : e);
    // Stops listening once the extension is gone (reloaded or removed): a failed send says so.
    const life = new AbortController();
    const gone = (e: unknown) => {
      const api = extensionApi();
      if (!api || !extensionAlive(api)) life.abort();
      else warn(e);
    };

    /** Paint the highlights the reader made here before, once idle, if there are any. */
    const loadIfHighlighted = () =>
      requestIdleCallback(
        () => {
          const url = safeHttpUrl(document.URL, undefined, true);
          if (!url || life.signal.aborted || annotator.loaded()) return;
          send('page/highlight-count', { url })
            .then((count) => (count > 0 ? annotator.load() : null))
            .catch(gone);
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
          .catch(gone);
      });
      watchPage({
        doc: document,
        signal: life.signal,
        url: () => document.URL,
        looksLikeArticle: () => mayBeQuickread(document, EARLY_TEXT_BUDGET),
        onArticle: () => annotator.load().then((a) => a.recheck()),
        onNavigate: () => {
          if (annotator.loaded()) void annotator.load().then((a) => a.onNavigate());
          else {
            // A single-page app's new address: clear the badge, paint its highlights if any.
            send('page/found', { article: null }).catch(gone);
            loadIfHighlighted();
          }
        },
      });
      // The background looks for a top page's highlights when it has loaded; frames ask.
      if (window.top !== window && !annotator.loaded()) loadIfHighlighted();
    });
  },
});
