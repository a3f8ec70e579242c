import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { buildLines } from '@/utils/extract/lines';
import { page } from './dom';

const URL = 'https://news.example.com/2025/07/a.html';
const TITLE = '<h1>苹果大将被挖走</h1>';
const META = '<p>发布时间:2025年7月24日 来源:szf</p>';
const SUMMARY = '<p>快速阅读: 摘要。</p>';
const BODY = '<p>正文第一段。</p><p>正文第二段。</p>';
const NOTICE = '<p>(以上内容均由AI生成)</p>';

const extract = (body: string, head = '') => extractArticle(page(body, head), URL);

describe('<br> line breaks', () => {
  it('split a block into lines; a single break is soft', () => {
    const { lines } = buildLines(page('<div>一<br>二<br><br>三</div>').body);
    expect(lines.map((l) => [l.text, l.soft])).toEqual([
      ['一', false],
      ['二', true],
      ['三', false],
    ]);
  });

  it('give paragraphs in a <br>-only page and line breaks inside a paragraph', () => {
    const html = `<div>苹果大将被挖走<br><br>发布时间:2025年7月24日<br><br>快速阅读: 摘要。<br><br>第一段。<br><br>第二段第一行<br>第二段第二行<br><br>(以上内容均由AI生成)</div>`;
    const a = extract(html, '<title>苹果大将被挖走 - AI快讯</title>');
    expect(a).toMatchObject({ title: '苹果大将被挖走', summary: '摘要。', aiGenerated: true });
    expect(a?.bodyText).toBe('第一段。\n\n第二段第一行\n第二段第二行');
  });

  it('inside a headline are joined without a space between Chinese characters', () => {
    const a = extract(`<h1>苹果大将被挖走14亿,<br>骨干离职</h1>${META}${SUMMARY}${BODY}`);
    expect(a?.title).toBe('苹果大将被挖走14亿,骨干离职');
  });
});

describe('labels written in other ways', () => {
  it.each([
    ['followed by spaces', '<p>快速阅读\u3000摘要。</p>', '<p>关键词 苹果 AI</p>'],
    ['in brackets', '<p>【快速阅读】摘要。</p>', '<p>【关键词】苹果、AI</p>'],
    [
      'split over spans with the colon alone',
      '<div><span>快速阅读</span><span>:</span><span>摘要。</span></div>',
      '<div><b>关键词</b>:<a href="/t/1">苹果</a> <a href="/t/2">AI</a></div>',
    ],
  ])('%s', (_name, summary, keywords) => {
    const a = extract(`${TITLE}${META}${summary}${BODY}${keywords}`);
    expect(a).toMatchObject({ summary: '摘要。', keywords: ['苹果', 'AI'] });
    expect(a?.bodyText).toBe('正文第一段。\n\n正文第二段。');
  });

  it('reads a date and source line printed above the headline', () => {
    const a = extract(`<div>发布时间:2025年7月24日 | 来源:szf</div>${TITLE}${SUMMARY}${BODY}`);
    expect(a).toMatchObject({ publishedAt: '2025-07-24', source: 'szf' });
  });

  it('reads a summary box in an <aside> outside any <article>', () => {
    const a = extract(`<main>${TITLE}${META}<aside>快速阅读: 摘要。</aside>${BODY}</main>`);
    expect(a?.summary).toBe('摘要。');
    expect(a?.bodyText).toBe('正文第一段。\n\n正文第二段。');
  });
});

describe('the headline', () => {
  it('is not a site logo <h1> linking home', () => {
    const html = `<div><h1><a href="/">AI快讯</a></h1></div><h2>苹果大将被挖走</h2>${META}${SUMMARY}${BODY}`;
    expect(extract(html, '<title>苹果大将被挖走 | AI快讯</title>')?.title).toBe('苹果大将被挖走');
  });

  it('is the bold line above the meta line when <title> is only the site name', () => {
    const html = `<p><strong>苹果大将被挖走</strong></p>${META}${SUMMARY}${BODY}`;
    expect(extract(html, '<title>AI快讯</title>')?.title).toBe('苹果大将被挖走');
  });

  it('comes from og:title when no heading carries it, even with cards after the article', () => {
    const hot = [1, 2]
      .map((n) => `<div><h4><a href="/p/${n}">热门${n}</a></h4><p>快速阅读: 热${n}</p></div>`)
      .join('');
    const a = extract(
      `<div>${META}${SUMMARY}${BODY}${NOTICE}</div><div>${hot}</div>`,
      '<meta property="og:title" content="苹果大将被挖走">',
    );
    expect(a).toMatchObject({ title: '苹果大将被挖走', summary: '摘要。' });
  });
});

describe('the related section', () => {
  const cards =
    '<div><a href="/a">卡片一</a><p>快速阅读: 卡一 […]</p></div><div><a href="/b">卡片二</a></div>';
  const titles = (html: string) => extract(html)?.related.map((r) => r.title);

  it('is found under a decorated heading', () => {
    expect(titles(`${TITLE}${META}${SUMMARY}${BODY}<div>—— 你可能还想读 ——</div>${cards}`)).toEqual(
      ['卡片一', '卡片二'],
    );
  });

  it('is found in a sidebar <aside> when the page has no other', () => {
    const html = `${TITLE}${META}${SUMMARY}${BODY}<aside><h3>你可能还想读</h3>${cards}</aside>`;
    expect(titles(html)).toEqual(['卡片一', '卡片二']);
  });

  it('ends at the next unlinked section heading and at a comment thread', () => {
    const html = `${TITLE}${META}${SUMMARY}${BODY}<div><h2>你可能还想读</h2>${cards}<h2>热门文章</h2><div><a href="/hot">热门</a></div><h3>网友评论(2)</h3><div><a href="/u/1">读者</a></div></div>`;
    expect(titles(html)).toEqual(['卡片一', '卡片二']);
  });

  it('leaves out a comment list that follows the cards', () => {
    const html = `${TITLE}${META}${SUMMARY}${BODY}<div><h2>你可能还想读</h2>${cards}<div class="comment-list"><a href="/u/1">读者</a></div></div>`;
    expect(titles(html)).toEqual(['卡片一', '卡片二']);
  });

  it('reads cards that are each one whole link, and bare dates', () => {
    const html = `${TITLE}${META}${SUMMARY}${BODY}<h2>你可能还想读</h2><div><a href="/a"><div>卡片一</div><div>快速阅读: 卡一 […]</div><div>2025.11.01</div></a></div><div><a href="/b"><span>卡片二</span><span>快速阅读: 卡二</span><span>发布时间:2025年11月2日</span></a></div>`;
    expect(extract(html)?.related).toEqual([
      {
        title: '卡片一',
        url: 'https://news.example.com/a',
        summary: '卡一',
        publishedAt: '2025-11-01',
      },
      {
        title: '卡片二',
        url: 'https://news.example.com/b',
        summary: '卡二',
        publishedAt: '2025-11-02',
      },
    ]);
  });

  it('skips links the reader cannot see', () => {
    const html = `${TITLE}${META}${SUMMARY}${BODY}<h2>你可能还想读</h2><div><div hidden><a href="/h">隐藏</a></div><noscript><a href="/n">无脚本</a></noscript><div style="display:none"><a href="/d">不显示</a></div><div><a href="/a">卡片一</a></div></div>`;
    expect(titles(html)).toEqual(['卡片一']);
  });
});

describe('quick-read cards without headings', () => {
  const card = (n: number) =>
    `<div><a href="/p/${n}">第${n}篇文章的标题</a><p>快速阅读: 第${n}篇摘要。</p><p>发布时间:2025年11月${n}日</p></div>`;

  it.each([
    ['under an unlinked <h1>', `<h1>人工智能</h1>${[1, 2, 3].map(card).join('')}`, ''],
    [
      'after a long menu and no <h1>',
      `<div>${Array.from({ length: 30 }, (_, i) => `<a href="/c/${i}">栏目名称${i}</a>`).join(' ')}</div>${[1, 2, 3].map(card).join('')}`,
      '<title>人工智能 - AI快讯</title>',
    ],
    ['a single card on a category page', `<h1>人工智能</h1>${card(1)}`, ''],
    [
      'even when the <head> says article',
      `<h1>人工智能</h1>${[1, 2].map(card).join('')}`,
      '<meta property="og:type" content="article">',
    ],
  ])('make a listing: %s → null', (_name, html, head) => {
    expect(extractArticle(page(html, head), 'https://news.example.com/category/ai/')).toBeNull();
  });

  it('after a short article end its body where the first card starts', () => {
    const a = extract(`${TITLE}${META}${SUMMARY}<p>正文。</p><h3>热门</h3>${card(1)}${card(2)}`);
    expect(a?.bodyText).toBe('正文。');
  });
});
