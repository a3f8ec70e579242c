import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { page } from './dom';

const URL = 'https://example.org/news/1';
const BODY =
  '<article><h1>Heading from h1</h1><p>First paragraph.</p><p>Second paragraph.</p></article>';
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('generic articles from JSON-LD', () => {
  it.each([
    ['a NewsArticle', { '@type': 'NewsArticle', headline: 'LD headline' }],
    ['an Article', { '@type': 'Article', headline: 'LD headline' }],
    ['a BlogPosting', { '@type': 'BlogPosting', headline: 'LD headline' }],
    ['an array of types', { '@type': ['Thing', 'NewsArticle'], headline: 'LD headline' }],
    [
      'a schema.org URL type',
      { '@type': 'https://schema.org/NewsArticle', headline: 'LD headline' },
    ],
    [
      'an article inside @graph',
      { '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', headline: 'LD headline' }] },
    ],
    [
      'a top-level array',
      [{ '@type': 'Organization' }, { '@type': 'Article', headline: 'LD headline' }],
    ],
  ])('recognizes %s', (_name, value) => {
    const a = extractArticle(page(BODY, ld(value)), URL);
    expect(a?.format).toBe('generic');
    expect(a?.title).toBe('LD headline');
    expect(a?.bodyText).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('reads date, publisher, description and keywords', () => {
    const value = {
      '@type': 'NewsArticle',
      headline: 'H',
      datePublished: '2025-07-24T09:30:00+08:00',
      publisher: [{ '@type': 'Organization', name: 'Example News' }],
      description: 'What happened.',
      keywords: 'AI, chips,  policy',
    };
    const a = extractArticle(page(BODY, ld(value)), URL);
    expect(a).toMatchObject({
      publishedAt: '2025-07-24T09:30:00+08:00',
      source: 'Example News',
      summary: 'What happened.',
      keywords: ['AI', 'chips', 'policy'],
      related: [],
      aiGenerated: false,
    });
  });

  it.each([
    ['malformed JSON', '<script type="application/ld+json">{"@type": "NewsArticle",</script>'],
    ['a headline that is an object', ld({ '@type': 'NewsArticle', headline: { evil: true } })],
    [
      'keywords that are numbers and objects',
      ld({ '@type': 'NewsArticle', keywords: [1, { a: 2 }] }),
    ],
    ['a null publisher', ld({ '@type': 'NewsArticle', publisher: null, datePublished: 42 })],
  ])('survives %s', (_name, head) => {
    const a = extractArticle(page(BODY, `${head}<meta property="og:type" content="article">`), URL);
    expect(a?.format).toBe('generic');
    expect(a?.title).toBe('Heading from h1');
  });
});

describe('generic articles from OpenGraph and <meta>', () => {
  const og = (extra = '') =>
    `<meta property="og:type" content="article"><meta property="og:title" content="OG title"><meta property="og:site_name" content="Site">${extra}`;

  it('takes title, site name, description, date and tags', () => {
    const extra =
      '<meta property="og:description" content="OG description"><meta property="article:published_time" content="2025-08-05T10:00:00Z"><meta property="article:tag" content="a"><meta property="article:tag" content="b">';
    expect(extractArticle(page(BODY, og(extra)), URL)).toMatchObject({
      title: 'OG title',
      source: 'Site',
      summary: 'OG description',
      publishedAt: '2025-08-05T10:00:00Z',
      keywords: ['a', 'b'],
    });
  });

  it('falls back to the meta description and meta keywords', () => {
    const extra =
      '<meta name="description" content="Meta description"><meta name="keywords" content="x, y">';
    expect(extractArticle(page(BODY, og(extra)), URL)).toMatchObject({
      summary: 'Meta description',
      keywords: ['x', 'y'],
    });
  });

  it('uses the <h1>, then the <title> without its site name, when there is no og:title', () => {
    const head = '<meta property="og:type" content="article"><title>Doc title | Site</title>';
    expect(extractArticle(page(BODY, head), URL)?.title).toBe('Heading from h1');
    expect(extractArticle(page('<p>Text.</p>', head), URL)?.title).toBe('Doc title');
  });

  it('takes the date from a <time datetime> in the article when the head has none', () => {
    const body =
      '<article><h1>H</h1><time datetime="2025-07-24">Jul 24</time><p>Text.</p></article>';
    expect(extractArticle(page(body, og()), URL)?.publishedAt).toBe('2025-07-24');
  });

  it('reads the body from <main> when there is no <article>, minus nav and footer', () => {
    const body =
      '<header><nav>Menu</nav></header><main><h1>H</h1><p>Text.</p></main><footer>©</footer>';
    expect(extractArticle(page(body, og()), URL)?.bodyText).toBe('Text.');
  });

  it('marks the article AI-generated when it says so', () => {
    const body = '<article><p>Text.</p><p>(以上内容均由AI生成)</p></article>';
    const a = extractArticle(page(body, og()), URL);
    expect(a?.aiGenerated).toBe(true);
    expect(a?.bodyText).toBe('Text.');
  });

  it('uses the generic reading when 快速阅读 only appears in a sidebar', () => {
    const body = `${BODY}<aside><h3><a href="/x">别的文章</a></h3><p>快速阅读: 别的摘要</p><p>发布时间:2025年1月1日</p></aside>`;
    const a = extractArticle(page(body, og()), URL);
    expect(a?.format).toBe('generic');
    expect(a?.summary).toBeNull();
  });
});
