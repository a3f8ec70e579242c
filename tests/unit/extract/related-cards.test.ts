import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { isMinorPath } from '@/utils/extract/minor-links';
import { parseHtml, readFixture } from './dom';

describe('tag, category and author pages', () => {
  it.each([
    '/tag/openai/',
    '/tags/2025',
    '/category/ai/',
    '/category/ai/page/2/',
    '/category/news/ai/',
    '/author/leiphone/',
  ])('%s is a list page', (path) => expect(isMinorPath(path)).toBe(true));

  it.each([
    '/category/ai/Xy7kPq2Lm9Ab.html',
    '/category/ai/202512071234',
    '/news/category-of-the-year.html',
    '/2025/12/openai-gpt5.html',
  ])('%s is an article', (path) => expect(isMinorPath(path)).toBe(false));
});

/** The related cards of an article whose 你可能还想读 list is `items`. */
function relatedOf(items: string): { title: string; url: string; publishedAt: string | null }[] {
  const page = readFixture('pages/quickread-related-markup.html').replace(
    /<ul class="related">[\s\S]*?<\/ul>/,
    `<ul class="related">${items}</ul>`,
  );
  const article = extractArticle(parseHtml(page), 'https://www.leiphone.example/a/1.html');
  expect(article, 'the page is an article').not.toBeNull();
  return article!.related.map(({ title, url, publishedAt }) => ({ title, url, publishedAt }));
}

describe('a card that is one link with its date inside', () => {
  it('takes the date out of the title, at the end or the start', () => {
    expect(
      relatedOf(`
        <li><a href="/a/2.html">谷歌发布 Gemini 3 2025-11-19</a></li>
        <li><a href="/a/3.html">2025年11月18日 华为发布新方案</a></li>
        <li><a href="/a/4.html"><b>Palantir 估值承压</b> · 2025.11.12</a></li>`),
    ).toEqual([
      {
        title: '谷歌发布 Gemini 3',
        url: 'https://www.leiphone.example/a/2.html',
        publishedAt: '2025-11-19',
      },
      {
        title: '华为发布新方案',
        url: 'https://www.leiphone.example/a/3.html',
        publishedAt: '2025-11-18',
      },
      {
        title: 'Palantir 估值承压',
        url: 'https://www.leiphone.example/a/4.html',
        publishedAt: '2025-11-12',
      },
    ]);
  });

  it('keeps a title that names a year whole', () => {
    expect(
      relatedOf(`
        <li><a href="/a/6.html">2025 年度 AI 十大事件</a></li>`),
    ).toEqual([
      {
        title: '2025 年度 AI 十大事件',
        url: 'https://www.leiphone.example/a/6.html',
        publishedAt: null,
      },
    ]);
  });
});
