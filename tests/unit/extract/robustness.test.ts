import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, findArticleRoot, looksLikeArticle } from '@/utils/extract';
import { ArticleSchema } from '@/utils/schemas';
import { page, parseHtml } from './dom';

const TOKENS = [
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<h1>',
  '</h1>',
  '<h2>',
  '</h2>',
  '<h3>',
  '</h3>',
  '<br>',
  '<a href="/x">',
  '<a href="javascript:alert(1)">',
  '<a href="data:,x">',
  '<a href="https://e.example/y">',
  '</a>',
  '<aside>',
  '</aside>',
  '<nav>',
  '</nav>',
  '<article>',
  '</article>',
  '<main>',
  '</main>',
  '<header>',
  '</header>',
  '<footer>',
  '</footer>',
  '<dl>',
  '<dt>',
  '</dt>',
  '<dd>',
  '</dd>',
  '<ul>',
  '<li>',
  '</li>',
  '</ul>',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<template>',
  '</template>',
  '<time datetime="2025-07-24T09:30">',
  '<time datetime="garbage">',
  '</time>',
  '<img alt="图">',
  '<strong>',
  '</strong>',
  '<span>',
  '</span>',
  '<div id="comments">',
  '<table><tr><td>',
  '</td></tr></table>',
  '快速阅读:',
  '快速阅读',
  '发布时间:',
  '来源:',
  '关键词:',
  '你可能还想读',
  '(以上内容均由AI生成)',
  '2025年7月24日',
  '2025/7/24 9:30',
  '[…]',
  '&nbsp;',
  '\u3000',
  '\uff1a',
  ' ',
  '\n',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>',
  '<script type="application/ld+json">{"@graph":[{"@type":["Article"],"keywords":[1,null]}]}</script>',
  '<script type="application/ld+json">[[[{</script>',
  '<meta property="og:type" content="article">',
  '<link rel="canonical" href="/c">',
];

const html = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TOKENS),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    {
      maxLength: 120,
    },
  )
  .map((parts) => parts.join(''));
const url = fc.oneof(
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.constantFrom('https://news.example.com/a.html', 'javascript:alert(1)', '', 'about:blank'),
  fc.string(),
);

describe('extraction never throws and only returns valid articles', () => {
  it('on random HTML', () => {
    fc.assert(
      fc.property(html, url, (markup, pageUrl) => {
        const doc = parseHtml(markup);
        const a = extractArticle(doc, pageUrl);
        if (a !== null) expect(ArticleSchema.safeParse(a).success).toBe(true);
        expect(typeof looksLikeArticle(doc)).toBe('boolean');
        expect(findArticleRoot(doc, a)).toBeTruthy();
      }),
      { numRuns: 400 },
    );
  });

  it('on random quick-read-shaped pages', () => {
    const body = fc
      .array(fc.constantFrom(...TOKENS), { minLength: 5, maxLength: 80 })
      .map(
        (parts) =>
          `<h1>标题</h1><p>发布时间:2025年7月24日</p><p>快速阅读: 摘要</p>${parts.join('')}`,
      );
    fc.assert(
      fc.property(body, (markup) => {
        const a = extractArticle(page(markup), 'https://news.example.com/a.html');
        if (a !== null) expect(ArticleSchema.safeParse(a).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on a document object that is not a real document', () => {
    expect(extractArticle({} as Document, 'https://a.example/')).toBeNull();
    expect(extractArticle(null as unknown as Document, 'https://a.example/')).toBeNull();
    expect(looksLikeArticle({} as Document)).toBe(false);
  });

  it('on nesting as deep as a browser parser builds', () => {
    // Blink's HTML parser stops nesting at 512 levels.
    const depth = 500;
    const markup = `<h1>标题</h1><p>发布时间:2025年7月24日</p><p>快速阅读: 摘要</p>${'<div>'.repeat(depth)}正文。${'</div>'.repeat(depth)}`;
    const a = extractArticle(page(markup), 'https://news.example.com/a.html');
    expect(a?.bodyText).toBe('正文。');
  });

  it('on nesting far deeper than that', () => {
    const depth = 20000;
    const markup = `<h1>标题</h1><p>快速阅读: 摘要</p>${'<div>'.repeat(depth)}正文。${'</div>'.repeat(depth)}`;
    expect(() => extractArticle(page(markup), 'https://news.example.com/a.html')).not.toThrow();
  });
});

describe('over-long page text is cut to the schema limits', () => {
  it('cuts title, summary, source, keywords and related entries', () => {
    const long = (n: number) => '长'.repeat(n);
    const kws = Array.from({ length: 300 }, (_, i) => `词${i}`).join(' ');
    const cards = Array.from(
      { length: 3 },
      (_, i) => `<div><a href="/p/${i}">${long(1500)}</a><p>快速阅读: ${long(6000)}</p></div>`,
    ).join('');
    const markup = `<h1>${long(5000)}</h1><p>发布时间:2025年7月24日 来源:${long(800)}</p><p>快速阅读: ${long(12000)}</p><p>正文。</p><p>关键词: ${kws} ${long(300)}</p><h2>你可能还想读</h2><div>${cards}</div>`;
    const a = extractArticle(page(markup), 'https://news.example.com/a.html');
    expect(a).not.toBeNull();
    expect(ArticleSchema.parse(a)).toEqual(a);
    expect(a!.title).toHaveLength(1000);
    expect(a!.source).toHaveLength(500);
    expect(a!.summary).toHaveLength(10000);
    expect(a!.keywords).toHaveLength(200);
    expect(a!.related).toHaveLength(3);
    expect(a!.related[0]!.title).toHaveLength(1000);
    expect(a!.related[0]!.summary).toHaveLength(5000);
  });

  it('never splits a surrogate pair when cutting', () => {
    const markup = `<h1>${'😀'.repeat(800)}</h1><p>发布时间:2025年7月24日</p><p>快速阅读: 摘要</p>`;
    const title = extractArticle(page(markup), 'https://news.example.com/a.html')!.title;
    expect(title).toHaveLength(1000);
    expect(title.endsWith('😀')).toBe(true);
  });
});
