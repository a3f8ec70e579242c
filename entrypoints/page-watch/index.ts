import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mayBeQuickread } from '@/utils/extract/cheap-check';
import { EARLY_TEXT_BUDGET } from '@/utils/limits';
import { watchPage } from '@/utils/content/page-watch';
import { createAnnotatorLoader } from '@/utils/content/annotator-api';
import { whenParsed } from '@/utils/content/when-parsed';
import { extensionAlive, extensionApi, pageMessenger } from '@/utils/content/extension-api';
import { claimOnce } from '@/utils/content/run-once';
import type { BackgroundType, RequestOf } from '@/utils/messages/types';

// The checker: injected by the background only where a page may be a quick-read article (its
// title is Chinese; utils/background/page-injection.ts). It looks for the format cheaply, again a
// few times while the page renders late or moves (single-page apps), and brings the annotator
// when it finds it. It registers no listener and holds nothing of the reader's.
export default defineUnlistedScript(() => {
  if (!claimOnce(globalThis, 'checker')) return;
  // The extension API is touched only once there is something to say: its first touch alone
  // costs more script time than the look for the format.
  const send = <T extends BackgroundType>(type: T, data: RequestOf<T>) => {
    const api = extensionApi();
    if (!api || !extensionAlive(api)) return Promise.reject(new Error('extension unavailable'));
    return pageMessenger(api)(type, data);
  };
  const annotator = createAnnotatorLoader(globalThis, () => send('page/annotate', {}));
  const life = new AbortController();
  const gone = (e: unknown) => {
    const api = extensionApi();
    if (!api || !extensionAlive(api)) life.abort();
    else console.warn('[AI News Annotator]', e instanceof Error ? e.message : e);
  };
  whenParsed(document, life.signal, () =>
    watchPage({
      doc: document,
      signal: life.signal,
      url: () => document.URL,
      looksLikeArticle: () => mayBeQuickread(document, EARLY_TEXT_BUDGET),
      onArticle: () => annotator.load().then((a) => a.recheck()),
      onNavigate: () => {
        if (annotator.loaded()) void annotator.load().then((a) => a.onNavigate(), gone);
        else send('page/found', { article: null }).catch(gone);
      },
    }),
  );
});
