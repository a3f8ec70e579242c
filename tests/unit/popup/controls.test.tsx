// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listArticleCards, saveArticle, setLinkForLater, setLinkRead } from '../../../utils/db';
import { FOLD_KEY } from '../../../utils/popup/use-page-fold';
import { article, mountPopup, NOW, related, typeInto, type Harness } from './harness';

let popup: Harness | undefined;
afterEach(() => popup?.unmount());

const titles = (h: Harness) =>
  h.$$('saved-item').map((el) => el.querySelector('.saved-title')?.textContent);

describe('the Save control', () => {
  it('names what a press does: Save, then (once saved) Update, never a toggle', async () => {
    popup = await mountPopup({ pageArticle: article(1) });
    const h = popup;
    const button = () => h.$('save-article')!;
    await vi.waitFor(() => expect(button()?.textContent).toBe('Save'));
    expect(button().dataset.saved).toBe('false');
    expect(button().hasAttribute('aria-pressed')).toBe(false);
    expect(h.$('save-status')).toBeNull();

    button().click();
    await vi.waitFor(() => expect(button().dataset.saved).toBe('true'));
    expect(h.$('save-status')?.textContent).toBe('Saved ✓');
    expect(h.$('save-status')?.getAttribute('role')).toBe('status');
    expect(button().textContent).toBe('Update');
    expect(button().title).toContain('Update the saved copy');
    expect(button().hasAttribute('aria-pressed')).toBe(false);

    // The second press does what it says: the saved copy is brought up to date, still one record.
    button().click();
    await vi.waitFor(() => expect(h.$('save-status')?.textContent).toBe('Updated ✓'));
    expect(button().dataset.saved).toBe('true');
    expect(h.requests()).toEqual(['article/save', 'article/save']);
    expect(await listArticleCards(await h.db())).toHaveLength(1);
  });
});

describe('the page card', () => {
  it('folds to one line, and opens folded next time', async () => {
    popup = await mountPopup({ pageArticle: article(1) });
    const h = popup;
    await vi.waitFor(() => expect(h.$('page-card')?.dataset.folded).toBe('false'));
    const fold = () => h.$('page-fold')!;
    expect(fold().getAttribute('aria-expanded')).toBe('true');
    const body = () => h.root.querySelector<HTMLElement>('#page-card-body')!;
    expect(fold().getAttribute('aria-controls')).toBe(body().id);
    expect(body().hidden).toBe(false);
    expect(h.$$('keyword-chip')).toHaveLength(2);
    fold().click();
    await vi.waitFor(() => expect(h.$('page-card')?.dataset.folded).toBe('true'));
    expect(fold().getAttribute('aria-expanded')).toBe('false');
    expect(body().hidden).toBe(true);
    expect(h.$('page-card')?.textContent).toContain('AI 新闻 1');
    expect(h.$('save-article')).not.toBeNull();
    expect(h.prefs.get(FOLD_KEY)).toBe('true');

    const prefs = h.prefs;
    h.unmount();
    popup = await mountPopup({ pageArticle: article(1), prefs });
    const again = popup;
    await vi.waitFor(() => expect(again.$('page-card')?.dataset.folded).toBe('true'));
  });

  it('gives the related links a tab of their own, whole titles and summaries', async () => {
    popup = await mountPopup({ pageArticle: article(1) });
    const h = popup;
    await vi.waitFor(() => expect(h.$('show-related')?.textContent).toBe('Related links (2)'));
    expect(h.$$('related-link')).toHaveLength(0);
    h.$('show-related')!.click();
    await vi.waitFor(() => expect(h.$$('related-link')).toHaveLength(2));
    expect(h.$('tab-related')?.getAttribute('aria-selected')).toBe('true');
    expect(h.$$('related-link')[0]?.textContent).toContain('第 1 篇的快速阅读');
    expect(h.root.querySelector('#panel-related details')).toBeNull();
  });
});

describe('search', () => {
  async function library() {
    popup = await mountPopup({
      pageArticle: null,
      seed: async (db) => {
        await saveArticle(
          db,
          article(1, {
            title: 'Chip export rules',
            summary: 'Rules tightened again',
            keywords: ['AI', '芯片'],
            bodyText: '商务部表示,黄仁勋将于下周访华。黄仁勋此前多次表态。',
          }),
          '2025-03-01T00:00:00.000Z',
        );
        await saveArticle(
          db,
          article(2, { title: 'Gemini 3', summary: 'A reasoning model', keywords: ['ai'] }),
          '2025-03-02T00:00:00.000Z',
        );
        await saveArticle(
          db,
          article(3, { title: 'Robots', keywords: ['Robotics'] }),
          '2025-03-03T00:00:00.000Z',
        );
      },
    });
    const h = popup;
    await vi.waitFor(() => expect(h.$$('saved-item')).toHaveLength(3));
    return h;
  }

  it('finds a name that only the article body holds, says how many and shows where', async () => {
    const h = await library();
    expect(h.$('result-count')?.textContent).toBe('');
    typeInto(h.$('search'), '黄仁勋');
    await vi.waitFor(() => expect(titles(h)).toEqual(['Chip export rules']));
    expect(h.$('result-count')?.textContent).toBe('Found: 1');
    const snippet = h.$('saved-snippet')!;
    expect(snippet.querySelector('mark')?.textContent).toBe('黄仁勋');
    expect(snippet.textContent).toContain('商务部表示,黄仁勋将于下周访华');
  });

  it('shows the snippet of a summary match, and none when only the title matched', async () => {
    const h = await library();
    typeInto(h.$('search'), 'REASONING');
    await vi.waitFor(() => expect(titles(h)).toEqual(['Gemini 3']));
    expect(h.$('saved-snippet')?.textContent).toBe('A reasoning model');
    expect(h.$('saved-snippet')?.querySelector('mark')?.textContent).toBe('reasoning');
    typeInto(h.$('search'), 'robots');
    await vi.waitFor(() => expect(titles(h)).toEqual(['Robots']));
    await vi.waitFor(() => expect(h.$('result-count')?.textContent).toBe('Found: 1'));
    expect(h.$('saved-snippet')).toBeNull();
  });

  it('does not filter while an input method is composing; the composed word filters once', async () => {
    const h = await library();
    const field = h.$('search') as HTMLInputElement;
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    field.value = 'huang';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    await new Promise((r) => setTimeout(r, 300));
    expect(titles(h)).toHaveLength(3);
    expect(field.value).toBe('huang');
    expect(h.$('result-count')?.textContent).toBe('');

    field.value = '黄仁勋';
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '黄仁勋' }));
    await vi.waitFor(() => expect(titles(h)).toEqual(['Chip export rules']));
  });

  it('filters by a keyword whatever its case, offering it once', async () => {
    const h = await library();
    const select = h.$('keyword-filter') as HTMLSelectElement;
    select.dispatchEvent(new FocusEvent('focusin', { bubbles: true })); // the reader reaches for it
    await vi.waitFor(() => expect(select.options.length).toBeGreaterThan(1));
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toContain('AI (2)');
    expect(options.filter((o) => /^ai /i.test(o ?? ''))).toHaveLength(1);
    select.value = 'AI';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(titles(h)).toEqual(['Gemini 3', 'Chip export rules']));
    expect(h.$('result-count')?.textContent).toBe('Found: 2');
  });
});

describe('read later', () => {
  it('lists unread links newest first, names the article each came from, and marks one read when opened', async () => {
    popup = await mountPopup({
      pageArticle: null,
      seed: async (db) => {
        const a = article(1, {
          title: 'The source article',
          related: [
            related(1, { title: 'Older', publishedAt: '2025-01-01' }),
            related(2, { title: 'Newest', publishedAt: '2025-02-01' }),
            related(3, { title: 'Already read', publishedAt: '2025-03-01' }),
          ],
        });
        await saveArticle(db, a, NOW.toISOString());
        for (const link of a.related) await setLinkForLater(db, link, true, NOW.toISOString());
        await setLinkRead(db, related(3).url, true, NOW.toISOString());
      },
    });
    const h = popup;
    await vi.waitFor(() => expect(h.$('tab-later')?.textContent).toBe('Read later (2)'));
    h.$('tab-later')!.click();
    await vi.waitFor(() => expect(h.$$('later-item')).toHaveLength(3));
    const names = () => h.$$('later-link').map((a) => a.textContent);
    expect(names()).toEqual(['Newest', 'Older', 'Already read']);
    expect(h.$$('later-source').map((b) => b.textContent)).toEqual([
      'The source article',
      'The source article',
      'The source article',
    ]);

    const stay = (e: Event) => e.preventDefault();
    h.root.addEventListener('click', stay);
    h.$$('later-link')[0]!.click();
    h.root.removeEventListener('click', stay);
    // Read now: it joins the read ones, newest first among them.
    await vi.waitFor(() => expect(names()).toEqual(['Older', 'Already read', 'Newest']));
    expect(h.sendToBackground).toHaveBeenCalledWith('link/read', {
      url: related(2).url,
      read: true,
    });
    expect(h.$('tab-later')?.textContent).toBe('Read later (1)');

    h.$$('later-source')[0]!.click();
    await vi.waitFor(() => expect(h.$('item-detail')?.textContent).toContain('The source article'));
  });
});
