import { describe, expect, it } from 'vitest';
import { highlightExcerpts } from '../../../utils/library/excerpt';
import { tagCounts, sourceCounts } from '../../../utils/library/facets';
import { selectionExportData } from '../../../utils/library/export-selection';
import { extended, keepExisting, toggled } from '../../../utils/library/selection';
import { patchCards } from '../../../utils/library/use-library-data';
import { card } from './cards';

const highlight = (start: number, exact: string) => ({
  id: `h${start}`,
  text: exact,
  note: '',
  color: 'yellow' as const,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  selector: { exact, prefix: '', suffix: '', start, end: start + exact.length },
});

describe('the library’s small rules', () => {
  it('selects one, a range with Shift, and forgets what was deleted', () => {
    const shown = [1, 2, 3, 4, 5].map((n) => card(n));
    const one = toggled(new Set(), shown[1]!.url);
    expect([...extended(one, shown, shown[1]!.url, shown[3]!.url)]).toEqual(
      [2, 3, 4].map((n) => card(n).url),
    );
    expect(toggled(one, shown[1]!.url).size).toBe(0);
    const kept = keepExisting(new Set([card(1).url, card(2).url]), (u) => u === card(1).url);
    expect([...kept]).toEqual([card(1).url]);
  });

  it('counts tags across spellings and sources', () => {
    const cards = [
      card(1, { tags: ['AI'], source: 'A' }),
      card(2, { tags: ['ai', 'x'], source: 'A' }),
      card(3, { tags: ['ai'], source: null }),
    ];
    expect(tagCounts(cards)).toEqual([
      { value: 'ai', count: 3 },
      { value: 'x', count: 1 },
    ]);
    expect(sourceCounts(cards)).toEqual([{ value: 'A', count: 2 }]);
  });

  it('shows the body around each highlight, also when the text moved', () => {
    const body = `${'a'.repeat(300)}KEY${'b'.repeat(300)}`;
    const [here, moved, gone] = highlightExcerpts(body, [
      highlight(300, 'KEY'),
      highlight(5, 'KEY'),
      highlight(0, 'nowhere'),
    ]);
    expect(here).toMatchObject({ text: 'KEY', missing: false });
    expect(here!.before).toMatch(/^…a+$/);
    expect(here!.after).toMatch(/^b+…$/);
    expect(moved).toMatchObject({ text: 'KEY', missing: false });
    expect(gone).toMatchObject({ text: 'nowhere', missing: true });
  });

  it('exports a selection with only the links of the articles in it', () => {
    const link = (url: string, from: string[]) => ({
      url,
      title: url,
      summary: null,
      publishedAt: null,
      fromArticles: from,
      savedForLater: false,
      readAt: null,
    });
    const article = (url: string) => ({ url }) as never;
    const data = selectionExportData(
      {
        articles: [article('https://a.example/1'), article('https://a.example/2')],
        links: [
          link('https://l.example/1', ['https://a.example/1', 'https://a.example/2']),
          link('https://l.example/2', ['https://a.example/2']),
        ],
      },
      new Set(['https://a.example/1']),
    );
    expect(data.articles).toHaveLength(1);
    expect(data.links).toEqual([link('https://l.example/1', ['https://a.example/1'])]);
  });

  it('patches the cards a change names: changed ones replaced, deleted ones gone', () => {
    const before = [card(1), card(2), card(3)];
    const after = patchCards(before, [card(2).url, card(3).url], [card(2, { title: 'new' })]);
    expect(after.map((c) => c.title)).toEqual(['Article 1', 'new']);
  });
});
