import { describe, expect, it, vi } from 'vitest';
import { MessageError } from '../../../utils/messages/client';
import type { PopupDeps } from '../../../utils/popup/deps';
import { PAGE_TRIES, askPageArticle } from '../../../utils/view/page-article';
import type { Article } from '../../../utils/schemas';
import { articleCard } from '../../../utils/schemas/article';

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
const article = articleCard(full);

function deps(answers: (() => unknown)[]) {
  const sendToTab = vi.fn(async () => {
    const next = answers.shift();
    if (!next) throw new Error('Could not establish connection. Receiving end does not exist.');
    return next();
  });
  const sleep = vi.fn(async () => undefined);
  return { sendToTab: sendToTab as unknown as PopupDeps['sendToTab'], sleep, raw: sendToTab };
}

describe('asking the tab for its article', () => {
  it('returns what the content script recognized', async () => {
    const d = deps([() => ({ article })]);
    expect((await askPageArticle(d, 3)).article).toEqual(article);
    expect(d.raw).toHaveBeenCalledWith(3, 'tab/article', {});
  });

  it('returns null for a page that is not an article, which can still be saved', async () => {
    expect(await askPageArticle(deps([() => ({ article: null })]), 3)).toEqual({
      article: null,
      reachable: true,
    });
  });

  it('waits for a content script that is still starting', async () => {
    const d = deps([
      () => {
        throw new MessageError('Receiving end does not exist');
      },
      () => ({ article }),
    ]);
    expect((await askPageArticle(d, 3)).article).toEqual(article);
    expect(d.sleep).toHaveBeenCalledTimes(1);
  });

  it('gives up on a tab without the content script (browser pages, the store, file://)', async () => {
    const d = deps([]);
    expect(await askPageArticle(d, 3)).toEqual({ article: null, reachable: false });
    expect(d.raw).toHaveBeenCalledTimes(PAGE_TRIES);
  });

  it('has no article when there is no tab', async () => {
    const d = deps([() => ({ article })]);
    expect((await askPageArticle(d, null)).article).toBeNull();
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
  ])('refuses an article with %s', async (_name, bad) => {
    expect((await askPageArticle(deps([() => ({ article: bad })]), 3)).article).toBeNull();
  });
});
