import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findArticleRoot, recognizeArticle } from '@/utils/extract';
import { anchorAll, describe } from '@/utils/anchor';
import { createPainter } from '@/utils/paint';
import { createPageSession } from '@/utils/content/annotator/page-session';
import { createTabHandlers } from '@/utils/content/annotator/tab-handlers';
import { lazyFrameHost } from '@/utils/content/annotator/frame-host';
import { listenToReader } from '@/utils/content/annotator/reader-input';
import { createLifetime } from '@/utils/content/lifetime';
import { pageTheme } from '@/utils/content/annotator/theme';
import { watchLateText } from '@/utils/content/annotator/late-text';
import { registerAnnotator, registeredAnnotator } from '@/utils/content/annotator-api';
import { extensionAlive, extensionApi, pageMessenger } from '@/utils/content/extension-api';
import { CHANNEL } from '@/utils/messages/envelope';
import { dispatch } from '@/utils/messages/dispatch';
import { tabRequests } from '@/utils/messages/tab-requests';

// Injected by the background into pages that have work for it (utils/background/page-injection.ts,
// or on demand when the reader acts on a page: utils/messages/client.ts): recognizes the article,
// paints its highlights, places the extension frame (the toolbar) for the reader and answers the
// extension's requests.
export default defineUnlistedScript(() => {
  const api = extensionApi();
  if (!api || !extensionAlive(api)) return;
  // Injected again (the background decided anew after the page moved): the one here follows.
  const running = registeredAnnotator(globalThis);
  if (running) return void running.onNavigate();
  const life = createLifetime(() => extensionAlive(api));
  const warn = (e: unknown) =>
    console.warn('[AI News Annotator]', e instanceof Error ? e.message : e);
  const frames = lazyFrameHost(document, api.runtime.getURL('/frame.html'), warn);
  const session = createPageSession({
    doc: document,
    win: window,
    url: () => location.href,
    recognize: recognizeArticle,
    findRoot: findArticleRoot,
    describe,
    anchorAll,
    painter: () => createPainter(window, document),
    send: pageMessenger(api),
    frame: frames.get,
    theme: (near) => pageTheme(window, [near, document.body, document.documentElement]),
    onError: warn,
  });

  listenToReader(document, life.signal, session, frames);
  const handlers = createTabHandlers(session);
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if ((message as { channel?: unknown } | null)?.channel !== CHANNEL) return false;
    void dispatch(tabRequests, handlers, message, sender, api.runtime.id ?? '').then(sendResponse);
    return true;
  });
  registerAnnotator(globalThis, {
    onNavigate: () => session.navigated().catch(warn),
    recheck: () => session.recheck(),
  });

  session.recognize();
  session
    .reload()
    .then(() => session.hasOrphans() && watchLateText(life, document, session))
    .catch(warn);
});
