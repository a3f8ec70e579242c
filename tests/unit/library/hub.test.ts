import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../utils/i18n';
import { buildDigest } from '../../../utils/library/digest/build';
import { digestHtml, digestMarkdown } from '../../../utils/library/digest/render';
import {
  NO_HUB_FILTER,
  buildHubItems,
  filterHub,
  hubFacets,
} from '../../../utils/library/hub/items';
import { quoteText } from '../../../utils/library/hub/quote';
import { queryTerms } from '../../../utils/search';
import { card } from './cards';

const NOW = new Date(2026, 11, 2, 15, 0); // local time: the date presets count local days

const stored = (id: string, articleUrl: string, createdAt: Date, over: object = {}) => ({
  id,
  articleUrl,
  text: `高亮 ${id}`,
  note: '',
  color: 'yellow' as const,
  createdAt: createdAt.toISOString(),
  updatedAt: createdAt.toISOString(),
  selector: { exact: `高亮 ${id}`, prefix: '', suffix: '', start: 0, end: 4 },
  ...over,
});

const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

const cards = [card(1, { tags: ['芯片'], source: '36氪' }), card(2, { source: 'TechWire' })];
const highlights = [
  stored('old', cards[0]!.url, daysAgo(20), { color: 'blue', note: 'Ａｉ 芯片 的笔记' }),
  stored('week', cards[1]!.url, daysAgo(3)),
  stored('today', cards[0]!.url, daysAgo(0.1)),
  stored('gone', 'https://deleted.example/x', daysAgo(1)),
];

/** A stand-in for `t` that shows the key and its substitutions. */
const t: Translate = (key, subs) => `${key}(${([] as unknown[]).concat(subs ?? []).join('|')})`;

describe('the highlights hub', () => {
  const items = buildHubItems(highlights, cards);

  it('lists every highlight of a saved article, newest first, with its article', () => {
    expect(items.map((i) => i.id)).toEqual(['today', 'week', 'old']);
    expect(items[0]).toMatchObject({ title: 'Article 1', source: '36氪', tags: ['芯片'] });
  });

  it('filters by color, source, tag, date preset and search (folded, every term)', () => {
    const ids = (patch: object, query = '') =>
      filterHub(items, { ...NO_HUB_FILTER, ...patch, query }, queryTerms(query), NOW).map(
        (i) => i.id,
      );
    expect(ids({})).toEqual(['today', 'week', 'old']);
    expect(ids({ color: 'blue' })).toEqual(['old']);
    expect(ids({ source: 'TechWire' })).toEqual(['week']);
    expect(ids({ tag: '芯片' })).toEqual(['today', 'old']);
    expect(ids({ range: 'today' })).toEqual(['today']);
    expect(ids({ range: 'week' })).toEqual(['today', 'week']);
    expect(ids({ range: 'month' })).toEqual(['today', 'week', 'old']);
    expect(ids({}, 'ai 笔记')).toEqual(['old']);
    expect(ids({}, 'article 2')).toEqual(['week']);
    expect(ids({}, 'nothing-like-this')).toEqual([]);
  });

  it('counts the sources and tags to filter by', () => {
    expect(hubFacets(items)).toEqual({
      sources: [
        { value: '36氪', count: 2 },
        { value: 'TechWire', count: 1 },
      ],
      tags: [{ value: '芯片', count: 2 }],
    });
  });

  it('copies a quote with its source, date, note and link', () => {
    const text = quoteText(items[2]!, t, 'zh-CN');
    expect(text.split('\n')).toEqual([
      'hubQuoteLine(高亮 old)',
      `hubQuoteSource(Article 1 · 36氪|${new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' }).format(daysAgo(20))})`,
      'hubQuoteNote(Ａｉ 芯片 的笔记)',
      cards[0]!.url,
    ]);
  });
});

describe('the digest', () => {
  const today = new Date(NOW.getTime() - 3_600_000).toISOString();
  const recent = [
    card(1, { savedAt: today, title: 'Orion-2 发布', keywords: ['Orion-2', '开源'] }),
    card(2, { savedAt: today, title: 'Orion-2 正式发布', keywords: ['Orion-2'], source: 'B' }),
    card(3, { savedAt: today, title: '另一件事' }),
    card(4, { savedAt: daysAgo(4).toISOString(), title: '四天前' }),
    card(5, { savedAt: daysAgo(30).toISOString(), title: '上个月' }),
  ];
  const story = {
    id: recent[0]!.url,
    urls: [recent[0]!.url, recent[1]!.url, recent[4]!.url],
    earliest: '',
    latest: '',
  };
  const marks = buildHubItems(
    [stored('h', recent[1]!.url, daysAgo(0.01), { note: '要点' })],
    recent,
  );

  it('groups today’s saves by story, the most told first, with their highlights', () => {
    const digest = buildDigest(recent, [story], marks, 'today', NOW);
    expect(digest.map((s) => s.articles.map((a) => a.title))).toEqual([
      ['Orion-2 发布', 'Orion-2 正式发布'],
      ['另一件事'],
    ]);
    expect(digest[0]!.keywords).toEqual(['Orion-2', '开源']);
    expect(digest[0]!.sources).toEqual(['科技日报', 'B']);
    expect(digest[0]!.highlights.map((h) => h.note)).toEqual(['要点']);
  });

  it('takes the week for "this week", and leaves older saves out', () => {
    const titles = buildDigest(recent, [story], marks, 'week', NOW).flatMap((s) =>
      s.articles.map((a) => a.title),
    );
    expect(titles).toContain('四天前');
    expect(titles).not.toContain('上个月');
  });

  it('copies as Markdown and as HTML with the text escaped and only web links', () => {
    const hostile = card(9, {
      savedAt: today,
      title: '<img src=x onerror=alert(1)> *bold*',
      url: 'https://x.example/a',
    });
    const digest = buildDigest([...recent, hostile], [story], marks, 'today', NOW);
    const md = digestMarkdown('今日', digest, t);
    expect(md).toContain('# 今日');
    expect(md).toContain('## Orion-2 发布');
    expect(md).toContain('> 高亮 h');
    expect(md).toContain('\\*bold\\*');
    const html = digestHtml('今日', digest, t);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x');
    expect(html).toContain('<blockquote>高亮 h<br>— 要点</blockquote>');
  });
});
