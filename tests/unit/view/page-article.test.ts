import { describe, expect, it, vi } from 'vitest';
import { tabState } from '../../../utils/background/tab-state';
import type { PopupDeps } from '../../../utils/popup/deps';
import { askPageArticle } from '../../../utils/view/page-article';
import type { Article } from '../../../utils/schemas';
import { articlePreview } from '../../../utils/schemas/article-preview';

const full: Article = {
  url: 'https://news.example/a',
  format: 'quickread',
  title: '谷歌Gemini 3 Pro发布',
  publishedAt: '2025-11-19',
  source: 'szf',
  summary: '谷歌发布新一代推理模型',
  keywords: ['谷歌', 'Gemini'],
  aiGenerated: true,
  bodyText: '正文',
  related: [],
};
/** What a tab answers: the article without its body (only the save needs that). */
const article = articlePreview(full);

/**
 * A background answering `tab/state` with the real tab-state logic, over a tab at `tabUrl` whose
 * page answers with `page()` (or throws: no page script can be reached).
 */
function deps(tabUrl: string | null, page: () => unknown) {
  const pageCard = vi.fn(async () => page());
  const send = vi.fn(async (type: string, data: { tabId: number }) => {
    if (type !== 'tab/state') throw new Error(`unexpected ${type}`);
    return tabState({ tabUrl: async () => tabUrl, pageCard }, data.tabId);
  });
  return {
    sendToBackground: send as unknown as PopupDeps['sendToBackground'],
    raw: send,
    pageCard,
  };
}
const unreachable = () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};

describe('asking the background what a tab shows', () => {
  it('returns the checked article, keyed by the tab’s own address, asked once', async () => {
    const d = deps(full.url, () => article);
    expect(await askPageArticle(d, 3)).toEqual({ article, reachable: true, key: full.url });
    expect(d.raw).toHaveBeenCalledTimes(1);
    expect(d.raw).toHaveBeenCalledWith('tab/state', { tabId: 3 });
  });

  it('returns null for a page that is not an article, which can still be saved', async () => {
    expect(
      await askPageArticle(
        deps('https://news.example/b', () => null),
        3,
      ),
    ).toEqual({
      article: null,
      reachable: true,
      key: 'https://news.example/b',
    });
  });

  it('asks once, without retrying, when the page cannot be reached', async () => {
    const d = deps('https://news.example/b', unreachable);
    expect(await askPageArticle(d, 3)).toEqual({
      article: null,
      reachable: false,
      key: 'https://news.example/b',
    });
    expect(d.raw).toHaveBeenCalledTimes(1);
    expect(d.pageCard).toHaveBeenCalledTimes(1);
  });

  it('has no key, article or page for a tab that is not http(s) (browser pages, file://)', async () => {
    const d = deps('chrome://newtab/', () => article);
    expect(await askPageArticle(d, 3)).toEqual({ article: null, reachable: false, key: null });
    // The page is not even asked; positive control above: an http(s) tab is.
    expect(d.pageCard).not.toHaveBeenCalled();
  });

  it('has nothing when the background cannot answer (a tab that closed)', async () => {
    const failing = {
      sendToBackground: vi.fn(async () => {
        throw new Error('No tab with id: 3');
      }) as unknown as PopupDeps['sendToBackground'],
    };
    expect(await askPageArticle(failing, 3)).toEqual({
      article: null,
      reachable: false,
      key: null,
    });
  });

  it('has no article when there is no tab', async () => {
    const d = deps(full.url, () => article);
    expect(await askPageArticle(d, null)).toEqual({ article: null, reachable: false, key: null });
    expect(d.raw).not.toHaveBeenCalled();
  });

  it.each([
    ['a javascript: URL', { ...article, url: 'javascript:alert(1)' }],
    [
      'a related link that is not http(s)',
      {
        ...article,
        related: [{ title: 'x', url: 'data:text/html,hi', summary: null, publishedAt: null }],
      },
    ],
    ['a missing field', { ...article, keywords: undefined }],
    ['its body (a tab answers the card only)', full],
  ])('refuses an article with %s, the page still reachable', async (_name, bad) => {
    expect(
      await askPageArticle(
        deps(full.url, () => bad),
        3,
      ),
    ).toEqual({
      article: null,
      reachable: true,
      key: full.url,
    });
  });
});
