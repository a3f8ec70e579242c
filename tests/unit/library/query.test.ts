import { describe, expect, it, vi } from 'vitest';
import {
  NO_FILTER,
  buildLibraryIndex,
  isFiltered,
  queryLibrary,
  type LibraryFilter,
} from '../../../utils/library/query';
import { findSnippet, queryTerms } from '../../../utils/search';
import { card } from './cards';

const cards = [
  card(1, { title: 'beta', source: 'B', publishedAt: '2025-01-03', highlightCount: 2 }),
  card(2, { title: 'Alpha', source: null, publishedAt: null, note: 'my note' }),
  card(3, {
    title: 'gamma 10',
    source: 'A',
    publishedAt: '2025-01-01',
    tags: ['Policy'],
    keywords: ['大模型', '机器人'],
  }),
  card(4, {
    title: 'gamma 9',
    source: 'A',
    format: 'generic',
    publishedAt: '2025-01-02',
    highlightCount: 1,
    highlightNoteCount: 1,
    bodyText: 'The chip ships in March. 量产的芯片',
  }),
];
const index = buildLibraryIndex(cards);
const urls = (list: { url: string }[]) => list.map((c) => Number(c.url.split('/').pop()));
const query = (f: Partial<LibraryFilter>, sort = 'saved' as const, desc = true) =>
  urls(queryLibrary(index, { ...NO_FILTER, ...f }, sort, desc));

describe('the library list', () => {
  it('sorts by saved date, published date, title (numbers in order), source and highlights', () => {
    expect(query({})).toEqual([4, 3, 2, 1]);
    expect(query({}, 'saved', false)).toEqual([1, 2, 3, 4]);
    // Articles without a date or a source go last whichever way.
    expect(urls(queryLibrary(index, NO_FILTER, 'published', false))).toEqual([3, 4, 1, 2]);
    expect(urls(queryLibrary(index, NO_FILTER, 'published', true))).toEqual([1, 4, 3, 2]);
    expect(urls(queryLibrary(index, NO_FILTER, 'title', false))).toEqual([2, 1, 4, 3]);
    expect(urls(queryLibrary(index, NO_FILTER, 'source', false))).toEqual([4, 3, 1, 2]);
    expect(urls(queryLibrary(index, NO_FILTER, 'highlights', true))).toEqual([1, 4, 3, 2]);
  });

  it('filters by source, format, tag (any case), notes, highlights, read later and save days', () => {
    expect(query({ source: 'A' })).toEqual([4, 3]);
    expect(query({ format: 'generic' })).toEqual([4]);
    expect(query({ tag: 'policy' })).toEqual([3]);
    expect(query({ hasNotes: true })).toEqual([4, 2]); // a highlight's note counts
    expect(query({ hasHighlights: true })).toEqual([4, 1]);
    const later = new Set([cards[1]!.url]);
    expect(
      urls(queryLibrary(index, { ...NO_FILTER, readLater: true }, 'saved', true, later)),
    ).toEqual([2]);
    const day = (n: number) => cards[n - 1]!.savedAt.slice(0, 10);
    expect(query({ from: day(2), to: day(3) })).toEqual([3, 2]);
    expect(query({ keywords: ['大模型'], source: 'A', hasHighlights: true })).toEqual([4]);
    expect(isFiltered({ ...NO_FILTER, hasNotes: true })).toBe(true);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('narrows by several keywords at once: an article must carry each', () => {
    expect(query({ keywords: ['大模型'] })).toEqual([4, 3, 2, 1]);
    expect(query({ keywords: ['机器人'] })).toEqual([3]);
    expect(query({ keywords: ['大模型', '机器人'] })).toEqual([3]);
    expect(query({ keywords: ['机器人', '没有的'] })).toEqual([]);
    expect(isFiltered({ ...NO_FILTER, keywords: ['机器人'] })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, keywords: [] })).toBe(false);
    // As the keyword choices count it: case and width do not make another keyword.
    const mixed = buildLibraryIndex([
      card(7, { keywords: ['AI'] }),
      card(8, { keywords: ['Ａｉ'] }),
      card(9, { keywords: ['芯片'] }),
    ]);
    const found = queryLibrary(mixed, { ...NO_FILTER, keywords: ['ai'] }, 'saved', true);
    expect(found.map((c) => c.keywords[0])).toEqual(['Ａｉ', 'AI']);
  });

  it('searches the body and tags too, any case, every word, and shows where it matched', () => {
    expect(query({ query: 'CHIP march' })).toEqual([4]);
    expect(query({ query: 'policy' })).toEqual([3]);
    expect(query({ query: 'chip policy' })).toEqual([]);
    expect(query({ query: '芯片' })).toEqual([4]);
    const snippet = findSnippet(cards[3]!, queryTerms('MARCH'));
    expect(snippet?.field).toBe('body');
    expect(snippet?.text.slice(snippet.start, snippet.end)).toBe('March');
    // Only the title matched: no snippet, the title is shown anyway.
    expect(findSnippet(cards[0]!, queryTerms('beta'))).toBeNull();
  });

  it('takes the articles the body search found for a query their cards lack', () => {
    // Cards as the library holds them: no bodies.
    const bare = buildLibraryIndex(cards.map(({ bodyText: _body, ...c }) => c));
    // The body search's answer: 1 at each card it found, by the card's place in the index.
    const foundAt = (hits: string[]) =>
      Uint8Array.from(bare.search.cards, (c) => (hits.includes(c.url) ? 1 : 0));
    const find = (q: string, hits: string[] = []) =>
      urls(queryLibrary(bare, { ...NO_FILTER, query: q }, 'saved', true, new Set(), foundAt(hits)));
    expect(find('march')).toEqual([]);
    expect(find('march', [cards[3]!.url])).toEqual([4]);
    // The other filters still apply to what the body search found.
    expect(
      urls(
        queryLibrary(
          bare,
          { ...NO_FILTER, query: 'march', source: 'B' },
          'saved',
          true,
          new Set(),
          foundAt([cards[3]!.url]),
        ),
      ),
    ).toEqual([]);
  });

  it('cuts a long passage around the match', () => {
    const long = card(9, { bodyText: `${'前'.repeat(200)}目标${'后'.repeat(200)}` });
    const snippet = findSnippet(long, ['目标'])!;
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThan(110);
    expect(snippet.text.slice(snippet.start, snippet.end)).toBe('目标');
  });
});

describe('opening the library builds no collator', () => {
  it('sorted by date it compares no text; sorted by title it builds one (9–26 ms the first time)', async () => {
    const byTitle = urls(queryLibrary(index, NO_FILTER, 'title', true));
    vi.resetModules();
    const real = Intl.Collator;
    let built = 0;
    const spy = vi.spyOn(Intl, 'Collator').mockImplementation(function (
      ...args: ConstructorParameters<typeof Intl.Collator>
    ) {
      built++;
      return new real(...args);
    } as unknown as typeof Intl.Collator);
    try {
      const fresh = await import('../../../utils/library/query');
      const own = fresh.buildLibraryIndex(cards);
      const list = (sort: 'saved' | 'published' | 'title') =>
        urls(fresh.queryLibrary(own, fresh.NO_FILTER, sort, true));
      expect(list('saved')).toEqual([4, 3, 2, 1]);
      expect(list('published')).toEqual([1, 4, 3, 2]);
      expect(built).toBe(0);
      // Positive control: sorting by title builds it, once.
      expect(list('title')).toEqual(byTitle);
      expect(list('title')).toEqual(byTitle);
      expect(built).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
