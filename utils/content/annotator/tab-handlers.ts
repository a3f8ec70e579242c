import { articlePreview } from '../../schemas/article-preview';
import type { HandlerMap } from '../../messages/dispatch';
import type { tabRequests } from '../../messages/tab-requests';
import type { TabResponses } from '../../messages/replies';
import type { PageSession } from './page-session';

/** The run-together keywords text of the answer's article, when there is one to split. */
function keywordsText(session: PageSession): { keywordsText?: string } {
  const text = session.keywordsText();
  return text ? { keywordsText: text } : {};
}

/** The content script's answers to the popup and the background. */
export function createTabHandlers(
  session: PageSession,
): HandlerMap<typeof tabRequests, TabResponses> {
  return {
    async 'tab/article'() {
      const article = session.cachedArticle();
      return { article: article && articlePreview(article), ...keywordsText(session) };
    },
    async 'tab/page-article'() {
      const article = session.articleForSaving();
      return { article, ...keywordsText(session) };
    },
    async 'tab/anchors'() {
      return session.anchors();
    },
    async 'tab/scroll-to'({ id }) {
      return { found: session.scrollTo(id) };
    },
    async 'tab/refresh'() {
      await session.reload();
      return null;
    },
    async 'tab/navigated'() {
      await session.navigated();
      return null;
    },
    async 'tab/highlight-selection'() {
      return { added: await session.highlightSelection() };
    },
    async 'tab/paint'({ items }) {
      session.paint(items);
      return null;
    },
    async 'tab/unpaint'({ id }) {
      session.unpaint(id);
      return null;
    },
    async 'tab/frame'({ open, width, height }) {
      session.frameRequest(open, width, height);
      return null;
    },
  };
}
