// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addHighlight, change, saveArticle, setLinkForLater, type Db } from '../../../utils/db';
import { highlight, related } from '../db/helpers';
import { article, mountPopup, NOW, typeInto, type Harness } from './harness';

// The popup follows the change feed: what changes elsewhere shows up while it is open, and it
// reads only what a change concerns.

let popup: Harness | undefined;
afterEach(() => popup?.unmount());

const titles = (h: Harness) =>
  h.$$('saved-item').map((el) => el.querySelector('.saved-title')?.textContent);

/** Count the read transactions that touch the articles store, and the links store. */
function watchReads(db: Db) {
  const reads = { articles: 0, links: 0 };
  const open = db.transaction.bind(db);
  vi.spyOn(db, 'transaction').mockImplementation(((stores: string | string[], mode?: string) => {
    const names = Array.isArray(stores) ? stores : [stores];
    if (mode !== 'readwrite') {
      if (names.includes('articles')) reads.articles++;
      if (names.includes('links')) reads.links++;
    }
    return open(stores as never, mode as never);
  }) as unknown as Db['transaction']);
  return reads;
}

async function twoSaved(extra: Parameters<typeof mountPopup>[0] = {}) {
  popup = await mountPopup({
    pageArticle: article(1),
    seed: async (db) => {
      await saveArticle(db, article(1), '2025-03-01T00:00:00.000Z');
      await saveArticle(db, article(2), '2025-03-02T00:00:00.000Z');
    },
    ...extra,
  });
  const h = popup;
  await vi.waitFor(() => expect(titles(h)).toEqual(['AI 新闻 2', 'AI 新闻 1']));
  await vi.waitFor(() => expect(h.$('save-article')?.dataset.saved).toBe('true'));
  return h;
}

describe('opening the popup', () => {
  it('reads the newest cards, the order and the links once; the keywords when the reader reaches for them', async () => {
    let reads = { articles: 0, links: 0 };
    const h = await twoSaved({ onDb: (db) => (reads = watchReads(db)) });
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).toEqual({ articles: 2, links: 1 });
    const select = h.$('keyword-filter') as HTMLSelectElement;
    expect(select.options).toHaveLength(1); // no keyword counted on opening

    // The pointer over the search area: the keywords are counted (one walk of the heads).
    h.$('search')!.closest('.search-area')!.dispatchEvent(new Event('pointerenter'));
    await vi.waitFor(() => expect(select.options.length).toBeGreaterThan(1));
    expect(reads).toEqual({ articles: 3, links: 1 });

    // A change to one article reads the order (keys alone) and that article's card again,
    // and nothing else: no card of another article, no keyword count, no link.
    h.announce(change({ articles: [article(2).url] }));
    await vi.waitFor(() => expect(reads.articles).toBe(5));
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).toEqual({ articles: 5, links: 1 });
    expect(titles(h)).toEqual(['AI 新闻 2', 'AI 新闻 1']);
  });

  it('reads the titles of Read later’s sources only once that list shows', async () => {
    let reads = { articles: 0, links: 0 };
    popup = await mountPopup({
      pageArticle: null,
      onDb: (db) => (reads = watchReads(db)),
      seed: async (db) => {
        const a = article(1, { title: 'The source article', related: [related(1)] });
        await saveArticle(db, a, NOW.toISOString());
        await setLinkForLater(db, related(1), true, NOW.toISOString());
      },
    });
    const h = popup;
    await vi.waitFor(() => expect(h.$('tab-later')?.textContent).toBe('Read later (1)'));
    await new Promise((r) => setTimeout(r, 50));
    expect(reads.articles).toBe(2); // the first cards and the order: no source title
    h.$('tab-later')!.click();
    await vi.waitFor(() =>
      expect(h.$$('later-source').map((b) => b.textContent)).toEqual(['The source article']),
    );
    expect(reads.articles).toBe(3);
  });

  it('stops listening to the change feed when it closes', async () => {
    const h = await twoSaved();
    expect(h.listeners()).toBe(1);
    h.unmount();
    popup = undefined;
    await vi.waitFor(() => expect(h.listeners()).toBe(0));
  });
});

describe('changes made elsewhere', () => {
  it('shows a highlight added in the page in the open detail and in the list', async () => {
    const h = await twoSaved();
    h.$$('saved-item')[1]!.click();
    await vi.waitFor(() => expect(h.$('item-detail')).not.toBeNull());
    expect(h.$$('detail-highlight')).toHaveLength(0);

    await h.background('highlight/add', { article: article(1), highlight: highlight('from-page') });
    await vi.waitFor(() => expect(h.$$('detail-highlight')).toHaveLength(1));
    expect(h.$('detail-highlight')?.textContent).toContain('passage from-page');
    h.$('item-detail')!.querySelector<HTMLButtonElement>('.detail-head button')!.click();
    await vi.waitFor(() => expect(h.$$('saved-item')[1]?.textContent).toContain('Highlights: 1'));
    // The popup itself wrote nothing: it only heard the change (and read what the tab shows).
    expect(h.requests()).toEqual([]);
  });

  it('drops an article deleted in another window, closing its detail, and shows the page unsaved', async () => {
    const h = await twoSaved();
    h.$$('saved-item')[1]!.click();
    await vi.waitFor(() => expect(h.$('item-detail')).not.toBeNull());
    await h.background('article/delete', { url: article(1).url });
    await vi.waitFor(() => expect(h.$('item-detail')).toBeNull());
    await vi.waitFor(() => expect(titles(h)).toEqual(['AI 新闻 2']));
    expect(h.$('save-article')?.dataset.saved).toBe('false');
  });

  it('reads everything again after an import or a wipe elsewhere', async () => {
    const h = await twoSaved();
    await saveArticle(await h.db(), article(3), '2025-03-03T00:00:00.000Z');
    // Written without the owner (as another window's database would be): nothing shows until announced.
    await new Promise((r) => setTimeout(r, 30));
    expect(titles(h)).toHaveLength(2);
    h.announce(change({ all: true }));
    await vi.waitFor(() => expect(titles(h)).toEqual(['AI 新闻 3', 'AI 新闻 2', 'AI 新闻 1']));
  });

  it('keeps the reader’s draft when the note changes elsewhere, and follows it otherwise', async () => {
    const h = await twoSaved();
    h.$$('saved-item')[1]!.click();
    await vi.waitFor(() => expect(h.$('detail-note')).not.toBeNull());
    const note = () => h.$('detail-note') as HTMLTextAreaElement;

    await h.background('article/note', { url: article(1).url, note: 'from the other window' });
    await vi.waitFor(() => expect(note().value).toBe('from the other window'));

    typeInto(note(), 'my own draft');
    await h.background('article/note', { url: article(1).url, note: 'changed again' });
    await vi.waitFor(() => expect(h.changes).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 30));
    expect(note().value).toBe('my own draft');
  });
});

describe('the popup’s own writes', () => {
  it('go to the background, never straight to the database', async () => {
    const h = await twoSaved();
    h.$$('saved-item')[1]!.click();
    await vi.waitFor(() => expect(h.$('detail-note')).not.toBeNull());
    typeInto(h.$('detail-note'), 'a note');
    // Leaving the field writes the note at once (else it is written after a pause).
    h.$('detail-note')!.dispatchEvent(new FocusEvent('blur'));
    await vi.waitFor(() =>
      expect(h.sendToBackground).toHaveBeenCalledWith('article/note', {
        url: article(1).url,
        note: 'a note',
      }),
    );
    await vi.waitFor(() => expect(h.changes.at(-1)?.articles).toEqual([article(1).url]));
  });

  it('an import goes to the background’s owner, whose change feed tells every view', async () => {
    popup = await mountPopup({ pageArticle: null });
    const h = popup;
    const file = {
      format: 'ai-news-annotator',
      version: 1,
      exportedAt: NOW.toISOString(),
      articles: [
        {
          ...article(5),
          savedAt: NOW.toISOString(),
          updatedAt: NOW.toISOString(),
          note: '',
          highlights: [],
        },
      ],
      links: [],
    };
    await vi.waitFor(() => expect(h.$('import-json')).not.toBeNull());
    const input = h.$('import-json') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(file)], 'x.json', { type: 'application/json' })],
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(titles(h)).toEqual(['AI 新闻 5']));
    // The import was written by the owner, which announced it (no message of the popup's own).
    expect(h.changes.at(-1)?.all).toBe(true);
    expect(h.changes).toHaveLength(1);
  });
});

describe('a highlight in the detail', () => {
  async function withOne(note = 'kept note') {
    popup = await mountPopup({
      pageArticle: null,
      seed: async (db) => {
        await saveArticle(db, article(1), NOW.toISOString());
        await addHighlight(db, article(1).url, highlight('h1', { note }));
      },
    });
    const h = popup;
    await vi.waitFor(() => expect(h.$$('saved-item')).toHaveLength(1));
    h.$$('saved-item')[0]!.click();
    await vi.waitFor(() => expect(h.$$('detail-highlight')).toHaveLength(1));
    return h;
  }
  const button = (h: Harness, label: string) =>
    [...h.$('detail-highlight')!.querySelectorAll('button')].find((b) => b.textContent === label)!;

  it('is deleted with a few seconds to undo, and comes back as it was', async () => {
    const h = await withOne();
    button(h, 'Delete').click();
    await vi.waitFor(() => expect(h.$$('detail-highlight')).toHaveLength(0));
    expect(h.root.querySelector('.toast')?.textContent).toContain(
      'Deleted the highlight “passage h1”',
    );
    h.$('undo')!.click();
    await vi.waitFor(() => expect(h.$$('detail-highlight')).toHaveLength(1));
    expect(h.$('detail-highlight')?.textContent).toContain('kept note');
    expect(h.requests()).toEqual(['highlight/delete', 'highlight/restore']);
  });

  it('highlight note: the one note field writes itself, says so, and Done closes it', async () => {
    const h = await withOne();
    button(h, 'Edit note').click();
    const field = () => h.$('detail-highlight-note') as HTMLTextAreaElement | null;
    await vi.waitFor(() => expect(field()).not.toBeNull());
    expect(h.requests()).toEqual([]);
    typeInto(field(), 'saved as I type');
    await vi.waitFor(() =>
      expect(h.sendToBackground).toHaveBeenCalledWith('highlight/update', {
        id: 'h1',
        note: 'saved as I type',
      }),
    );
    await vi.waitFor(() => expect(h.$('detail-highlight-note-state')?.dataset.state).toBe('saved'));
    button(h, 'Done').click();
    await vi.waitFor(() => expect(field()).toBeNull());
    await vi.waitFor(() =>
      expect(h.$('detail-highlight')?.textContent).toContain('saved as I type'),
    );
  });
});
