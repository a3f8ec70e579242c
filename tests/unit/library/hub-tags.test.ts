import { describe, expect, it } from 'vitest';
import {
  NO_HUB_FILTER,
  buildHubItems,
  filterHub,
  hubFacets,
} from '../../../utils/library/hub/items';
import { tagSuggestions } from '../../../utils/library/hub/tags';
import { withTag, withoutTag } from '../../../utils/tags';
import { queryTerms } from '../../../utils/search';
import { card } from './cards';

const NOW = new Date(2026, 11, 2, 15, 0);

const stored = (id: string, articleUrl: string, minutesAgo: number, over: object = {}) => ({
  id,
  articleUrl,
  text: `高亮 ${id}`,
  note: '',
  color: 'yellow' as const,
  createdAt: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
  updatedAt: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
  selector: { exact: `高亮 ${id}`, prefix: '', suffix: '', start: 0, end: 4 },
  ...over,
});

const cards = [card(1, { tags: ['芯片'] }), card(2, { tags: [] }), card(3, { tags: ['AI'] })];
const highlights = [
  stored('own', cards[1]!.url, 1, { tags: ['芯片', 'to read'] }),
  stored('article', cards[0]!.url, 2),
  stored('both', cards[0]!.url, 3, { tags: ['芯片'] }),
  stored('plain', cards[1]!.url, 4),
  stored('case', cards[2]!.url, 5, { tags: ['ai'] }),
];
const items = buildHubItems(highlights, cards);
const ids = (patch: object, query = '') =>
  filterHub(items, { ...NO_HUB_FILTER, ...patch, query }, queryTerms(query), NOW).map((i) => i.id);

describe("the hub's tag filter with highlight tags", () => {
  it('keeps the highlight tags apart from the article tags', () => {
    const own = items.find((i) => i.id === 'own')!;
    expect(own.highlightTags).toEqual(['芯片', 'to read']);
    expect(own.tags).toEqual([]);
    expect(items.find((i) => i.id === 'article')!.highlightTags).toEqual([]);
  });

  it('matches a highlight when it or its article has the tag', () => {
    expect(ids({})).toEqual(['own', 'article', 'both', 'plain', 'case']);
    expect(ids({ tag: '芯片' })).toEqual(['own', 'article', 'both']);
    expect(ids({ tag: 'to read' })).toEqual(['own']);
    expect(ids({ tag: 'nothing' })).toEqual([]);
  });

  it('compares tags as tags are compared (AI and ai are one tag)', () => {
    expect(ids({ tag: 'AI' })).toEqual(['case']);
    expect(ids({ tag: 'Ai' })).toEqual(['case']);
  });

  it('finds a highlight by its tags in the search', () => {
    expect(ids({}, 'to read')).toEqual(['own']);
  });

  it('offers every tag, its own or its article’s, counted once per highlight', () => {
    expect(hubFacets(items).tags).toEqual([
      { value: '芯片', count: 3 },
      { value: 'ai', count: 1 },
      { value: 'to read', count: 1 },
    ]);
  });
});

describe("editing a highlight's tags", () => {
  it('adds a tag cleaned, once, at the end', () => {
    expect(withTag(['芯片'], '  to   read ')).toEqual(['芯片', 'to read']);
    expect(withTag(['AI'], 'ai')).toEqual(['AI']);
    expect(withTag([], '   ')).toEqual([]);
  });

  it('removes a tag whatever its case', () => {
    expect(withoutTag(['AI', '芯片'], 'ai')).toEqual(['芯片']);
    expect(withoutTag(['芯片'], 'other')).toEqual(['芯片']);
  });

  it('suggests every tag already used, each once, in the order given', () => {
    expect(
      tagSuggestions(
        [{ value: '芯片' }, { value: 'ai' }],
        [{ value: 'AI' }, { value: '政策' }, { value: '芯片' }],
      ),
    ).toEqual(['芯片', 'ai', '政策']);
  });
});
