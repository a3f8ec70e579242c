import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { canonicalUrl, stripSiteSuffix } from '@/utils/extract/meta';
import { page } from './dom';

const ARTICLE = '<h1>标题</h1><p>发布时间:2025年7月24日</p><p>快速阅读: 摘要</p><p>正文。</p>';

function relatedOf(cards: string, head = '', url = 'https://news.example.com/2025/07/a.html') {
  return extractArticle(page(`${ARTICLE}<h2>你可能还想读</h2><div>${cards}</div>`, head), url)
    ?.related;
}

describe('the article URL', () => {
  it.each([
    ['drops the fragment', '', 'https://a.example/x?y=1#frag', 'https://a.example/x?y=1'],
    [
      'uses a canonical link on the same host',
      '<link rel="canonical" href="https://a.example/canonical">',
      'https://a.example/x?utm=1',
      'https://a.example/canonical',
    ],
    [
      'resolves a relative canonical link',
      '<link rel="canonical" href="/c#x">',
      'https://a.example/x',
      'https://a.example/c',
    ],
    [
      'treats www. as the same host',
      '<link rel="canonical" href="https://www.a.example/c">',
      'https://a.example/x',
      'https://www.a.example/c',
    ],
    [
      'ignores a canonical link to another host',
      '<link rel="canonical" href="https://evil.example/steal">',
      'https://a.example/x',
      'https://a.example/x',
    ],
    [
      'ignores a javascript: canonical link',
      '<link rel="canonical" href="javascript:alert(1)">',
      'https://a.example/x',
      'https://a.example/x',
    ],
  ])('%s', (_name, head, url, want) => {
    expect(canonicalUrl(page('', head), url)).toBe(want);
  });

  it.each(['file:///tmp/a.html', 'chrome-extension://abc/popup.html', 'not a url', ''])(
    'gives no article for the non-web page URL %s',
    (url) => {
      expect(canonicalUrl(page(''), url)).toBeNull();
      expect(extractArticle(page(ARTICLE), url)).toBeNull();
    },
  );
});

describe('related links keep only absolute http(s) URLs', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with odd case and spaces', '  JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['mailto:', 'mailto:a@b.example'],
    ['an empty href', ''],
  ])('drops a card whose only link is %s', (_name, href) => {
    const cards = `<div><a href="${href.replace(/"/g, '&quot;')}">坏卡片</a></div><div><a href="https://ok.example/1">好卡片</a></div>`;
    expect(relatedOf(cards)?.map((r) => r.url)).toEqual(['https://ok.example/1']);
  });

  it.each([
    ['a root-relative path', '/2025/11/b.html', 'https://news.example.com/2025/11/b.html'],
    ['a relative path', '../11/b.html', 'https://news.example.com/2025/11/b.html'],
    ['a protocol-relative URL', '//cdn.example/b', 'https://cdn.example/b'],
    ['a URL with a fragment', 'https://x.example/b#comments', 'https://x.example/b'],
  ])('resolves %s against the page', (_name, href, want) => {
    expect(relatedOf(`<div><a href="${href}">卡片</a></div>`)?.[0]?.url).toBe(want);
  });

  it('resolves relative links against <base href>', () => {
    const related = relatedOf(
      '<div><a href="b.html">卡片</a></div>',
      '<base href="https://static.example/dir/">',
    );
    expect(related?.[0]?.url).toBe('https://static.example/dir/b.html');
  });

  it('gives one entry per card when the image and the heading both link to it', () => {
    const cards = [1, 2]
      .map(
        (n) =>
          `<div><a href="/p/${n}"><img alt="标题${n}"></a><h3><a href="/p/${n}"><b>标题</b>${n}</a></h3><p>快速阅读: 摘要${n} […]</p><p>发布时间:2025年11月${n}日</p></div>`,
      )
      .join('');
    expect(relatedOf(cards)).toEqual([
      {
        title: '标题1',
        url: 'https://news.example.com/p/1',
        summary: '摘要1',
        publishedAt: '2025-11-01',
      },
      {
        title: '标题2',
        url: 'https://news.example.com/p/2',
        summary: '摘要2',
        publishedAt: '2025-11-02',
      },
    ]);
  });

  it('takes the title from the image alt when no link has text', () => {
    expect(relatedOf('<div><a href="/p/1"><img alt="只有图片"></a></div>')?.[0]?.title).toBe(
      '只有图片',
    );
  });

  it('ignores tag, category and self links inside cards', () => {
    const cards =
      '<div><h3><a href="/p/1">卡片</a></h3><a rel="tag" href="/tag/ai">AI</a><a href="/category/news/">新闻</a><a href="/2025/07/a.html">本文</a></div>';
    expect(relatedOf(cards)?.map((r) => r.url)).toEqual(['https://news.example.com/p/1']);
  });

  it.each([
    ['[…]', '摘要 […]'],
    ['[...]', '摘要 [...]'],
    ['…', '摘要…'],
    ['...', '摘要...'],
  ])('drops a trailing %s from card summaries', (_name, text) => {
    expect(
      relatedOf(`<div><a href="/p/1">卡片</a><p>快速阅读: ${text}</p></div>`)?.[0]?.summary,
    ).toBe('摘要');
  });

  it('finds the cards when the heading shares a header row with a "more" link', () => {
    const html = `${ARTICLE}<div><div><h2>你可能还想读</h2><a href="/more">更多</a></div><ul><li><a href="/p/1">卡片一</a></li><li><a href="/p/2">卡片二</a></li></ul></div>`;
    const related = extractArticle(page(html), 'https://news.example.com/a')?.related;
    expect(related?.map((r) => r.title)).toEqual(['卡片一', '卡片二']);
  });

  it('finds the cards when the heading closes the article and the cards follow it', () => {
    const html = `<article>${ARTICLE}<h2>你可能还想读</h2></article><section><div><a href="/p/1">卡片一</a></div><div><a href="/p/2">卡片二</a></div></section>`;
    const related = extractArticle(page(html), 'https://news.example.com/a')?.related;
    expect(related?.map((r) => r.title)).toEqual(['卡片一', '卡片二']);
  });

  it('gives an empty list when the page has no related section', () => {
    expect(extractArticle(page(ARTICLE), 'https://news.example.com/a')?.related).toEqual([]);
  });
});

describe('the <title> loses its site name', () => {
  it.each([
    ['苹果AI团队大将被挖走14亿,骨干接连离职 – AI快讯', '苹果AI团队大将被挖走14亿,骨干接连离职'],
    ['Headline here | Site', 'Headline here'],
    ['苹果AI团队大将被挖走14亿_AI快讯', '苹果AI团队大将被挖走14亿'],
    ['GPT-5 review - Wired', 'GPT-5 review'],
    ['Short | A much longer site description', 'Short | A much longer site description'],
    ['No separator', 'No separator'],
  ])('%s', (title, want) => {
    expect(stripSiteSuffix(title)).toBe(want);
  });
});
