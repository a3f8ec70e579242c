import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { page } from './dom';

const URL = 'https://news.example.com/2025/07/a.html';
const META = '<p>发布时间:2025年7月24日 来源:szf</p>';

function card(n: number, linked = true) {
  const title = linked ? `<a href="/post/${n}.html">文章${n}</a>` : `文章${n}`;
  return `<div><h2>${title}</h2><p>发布时间:2025年11月${n}日</p><p>快速阅读: 卡片${n}的摘要</p></div>`;
}

describe('the article’s own summary, not a card’s', () => {
  it('skips a sidebar of quick-read cards that comes before the article', () => {
    const html = `<div>${card(1)}${card(2)}${card(3)}</div><div><h1>正文标题</h1>${META}<p>快速阅读: 本文摘要</p><p>正文。</p></div>`;
    const a = extractArticle(page(html), URL);
    expect(a?.title).toBe('正文标题');
    expect(a?.summary).toBe('本文摘要');
    expect(a?.publishedAt).toBe('2025-07-24');
    expect(a?.bodyText).toBe('正文。');
  });

  it('skips cards in an <aside> even when they come right after the headline', () => {
    const html = `<h1>正文标题</h1><aside>${card(1)}${card(2)}</aside>${META}<p>快速阅读: 本文摘要</p><p>正文。</p>`;
    expect(extractArticle(page(html), URL)?.summary).toBe('本文摘要');
  });

  it('reads a summary box the theme puts in an <aside> inside the <article>', () => {
    const html = `<article><h1>正文标题</h1>${META}<aside>快速阅读: 本文摘要</aside><p>正文。</p></article>`;
    const a = extractArticle(page(html), URL);
    expect(a?.summary).toBe('本文摘要');
    expect(a?.bodyText).toBe('正文。');
  });

  it.each([
    ['two <h1>', '<h1>正文标题</h1>{META}<h1>正文标题</h1>'],
    ['an <h1> and an <h2>', '<h1>正文标题</h1>{META}<h2>正文标题</h2>'],
    ['an <h1> and a paragraph', '<h1>正文标题</h1>{META}<p>正文标题</p>'],
  ])('reads the headline printed twice as %s', (_name, head) => {
    const html = `${head.replace('{META}', META)}<p>快速阅读: 本文摘要</p><p>正文。</p>`;
    expect(extractArticle(page(html), URL)).toMatchObject({
      title: '正文标题',
      publishedAt: '2025-07-24',
      source: 'szf',
      summary: '本文摘要',
      bodyText: '正文。',
    });
  });

  it('accepts a headline that links to the article itself', () => {
    const html = `<h1><a href="${URL}">正文标题</a></h1>${META}<p>快速阅读: 本文摘要</p><p>正文。</p>`;
    expect(extractArticle(page(html), `${URL}#top`)?.title).toBe('正文标题');
  });

  it('takes the headline from a page-level header that holds the <h1>', () => {
    const html = `<header><nav><a href="/">首页</a></nav></header><header class="page-header"><h1>正文标题</h1>${META}</header><main><p>快速阅读: 本文摘要</p><p>正文。</p></main>`;
    const a = extractArticle(page(html), URL);
    expect(a?.title).toBe('正文标题');
    expect(a?.source).toBe('szf');
    expect(a?.bodyText).toBe('正文。');
  });

  it('keeps a body subheading that repeats part of the headline', () => {
    const html = `<h1>苹果AI团队大将被挖走</h1>${META}<p>快速阅读: 摘要</p><h2>苹果AI团队</h2><p>正文。</p>`;
    expect(extractArticle(page(html), URL)?.bodyText).toBe('苹果AI团队\n\n正文。');
  });

  it('reads the related section after the article, not a related column before it', () => {
    const column = '<div><h3>你可能还想读</h3><div><a href="/side">边栏文章</a></div></div>';
    const related = '<h2>你可能还想读</h2><div><a href="/rel">相关文章</a></div>';
    const html = `${column}<h1>标题</h1>${META}<p>快速阅读: 摘要</p><p>正文。</p>${related}`;
    expect(extractArticle(page(html), URL)?.related.map((r) => r.title)).toEqual(['相关文章']);
  });

  it('leaves comments, navigation, scripts and sidebars out of the body', () => {
    const html = `<nav>首页 关于</nav><h1>标题</h1>${META}<p>快速阅读: 摘要</p><p>正文。</p><script>var x = "脚本";</script><noscript>请开启脚本</noscript><aside>边栏</aside><div id="comments"><p>评论:写得好</p></div>`;
    expect(extractArticle(page(html), URL)?.bodyText).toBe('正文。');
  });

  it('needs more than a lone 快速阅读 label to call a page a quick-read article', () => {
    expect(
      extractArticle(page('<h1>文档</h1><p>快速阅读: 本页讲安装。</p><p>正文。</p>'), URL),
    ).toBeNull();
  });
});

describe('pages that are not one article give null', () => {
  it('a listing of cards under linked headings', () => {
    const html = `<h1>最新文章</h1>${[1, 2, 3, 4].map((n) => card(n)).join('')}`;
    expect(extractArticle(page(html), 'https://news.example.com/')).toBeNull();
  });

  it('a listing whose headings are not links', () => {
    const html = `<h1>最新文章</h1>${[1, 2, 3, 4].map((n) => card(n, false)).join('')}`;
    expect(extractArticle(page(html), 'https://news.example.com/')).toBeNull();
  });

  it('a home page whose top story is the only <h1>', () => {
    const html = `<h1><a href="/top.html">头条</a></h1><p>发布时间:2025年7月24日</p><p>快速阅读: 头条摘要</p>${[1, 2, 3].map((n) => card(n)).join('')}`;
    expect(extractArticle(page(html), 'https://news.example.com/')).toBeNull();
  });

  it('a listing page that calls itself og:type=website', () => {
    const html = `<h1>AI</h1>${[1, 2].map((n) => card(n)).join('')}`;
    expect(
      extractArticle(page(html, '<meta property="og:type" content="website">'), URL),
    ).toBeNull();
  });

  it('a page with only a meta description', () => {
    const head = '<meta name="description" content="Docs for Widget"><title>Docs</title>';
    expect(extractArticle(page('<h1>Docs</h1><p>Install it.</p>', head), URL)).toBeNull();
  });

  it('a page whose JSON-LD is only a WebPage', () => {
    const head = '<script type="application/ld+json">{"@type":"WebPage","name":"x"}</script>';
    expect(extractArticle(page('<h1>x</h1><p>y</p>', head), URL)).toBeNull();
  });

  it('a document without a body', () => {
    const doc = page('<p>x</p>');
    doc.documentElement.removeChild(doc.body);
    expect(extractArticle(doc, URL)).toBeNull();
  });
});
