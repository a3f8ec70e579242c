// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { addHighlight, saveArticle, type Db } from '../../../utils/db';
import type { Article } from '../../../utils/schemas';
import type { PanelTab } from '../../../utils/sidepanel/follow-tab';
import { article, at, highlight } from '../db/helpers';
import { mountPanel, settle, typeInto, type PanelHarness } from './harness';

let panel: PanelHarness | undefined;
afterEach(() => panel?.unmount());

const A = article(1);
const seeded = async (db: Db) => {
  await saveArticle(db, A, at(0));
  await addHighlight(
    db,
    A.url,
    highlight('h2', { selector: { exact: 'b', prefix: '', suffix: '', start: 50, end: 51 } }),
  );
  await addHighlight(
    db,
    A.url,
    highlight('h1', {
      note: '旧笔记',
      selector: { exact: 'a', prefix: '', suffix: '', start: 5, end: 6 },
    }),
  );
};
const ids = (h: PanelHarness) => h.$$('panel-highlight').map((el) => el.dataset.id);

describe('the side panel', () => {
  it('shows the tab’s article and its highlights in page order, orphans marked', async () => {
    panel = await mountPanel({ pageArticle: A, seed: seeded, orphaned: ['h2'] });
    const card = panel.$('panel-article')!;
    expect(card.dataset.format).toBe('quickread');
    expect(card.textContent).toContain(A.title);
    expect(card.textContent).toContain('快速阅读 1');
    expect(card.textContent).toContain('大模型');
    expect(ids(panel)).toEqual(['h1', 'h2']);
    expect(panel.$$('panel-highlight').map((el) => el.dataset.orphan)).toEqual(['false', 'true']);
    const notes = panel.$$('highlight-note') as HTMLTextAreaElement[];
    expect(notes.map((n) => n.value)).toEqual(['旧笔记', '']);
    expect(panel.follows.at(-1)).toEqual({ tabId: 7, windowId: 1 });
  });

  const states: [string, Partial<PanelTab>, Article | undefined][] = [
    ['restricted', { url: 'chrome://extensions/' }, A],
    ['restricted', { url: null, loading: false }, A],
    ['loading', { url: null, loading: true }, A],
    ['loading', { loading: true }, undefined],
    ['unreachable', { loading: false }, undefined],
  ];
  it.each(states)('says why there is nothing to read: %s', async (state, tab, pageArticle) => {
    panel = await mountPanel({ tab, pageArticle });
    expect(panel.$('panel-state')?.dataset.state).toBe(state);
    expect(panel.$('panel-article')).toBeNull();
  });

  it('a page that is not an article can still be saved as it is', async () => {
    panel = await mountPanel({ pageArticle: null });
    expect(panel.$('panel-article')?.dataset.format).toBe('none');
    expect(panel.$('panel-save')?.dataset.saved).toBe('false');
    panel.$('panel-save')!.click();
    await settle(20);
    expect(panel.sendToBackground).toHaveBeenCalledWith('article/save', { tabId: 7 });
    expect(panel.$('panel-save')?.dataset.saved).toBe('true');
  });

  it('updates live: a highlight added elsewhere appears, one deleted elsewhere goes', async () => {
    panel = await mountPanel({ pageArticle: A, seed: seeded });
    await panel.owner.addHighlight(
      A,
      highlight('h3', { selector: { exact: 'c', prefix: '', suffix: '', start: 20, end: 21 } }),
    );
    await settle(20);
    expect(ids(panel)).toEqual(['h1', 'h3', 'h2']);
    await panel.owner.deleteHighlight('h1');
    await settle(20);
    expect(ids(panel)).toEqual(['h3', 'h2']);
    // A change to another article is not this panel's business.
    const reads = panel.sendToTab.mock.calls.length;
    await panel.owner.saveArticle(article(2));
    await settle(20);
    expect(panel.sendToTab.mock.calls.length).toBe(reads);
  });

  it('writes the article note after a pause, saving the article first, and says it is saved', async () => {
    panel = await mountPanel({ pageArticle: A });
    typeInto(panel.$('panel-note'), '第一');
    typeInto(panel.$('panel-note'), '第一条笔记');
    await settle();
    expect(panel.$('panel-note-state')?.dataset.state).toBe('pending');
    expect(panel.requests()).toEqual([]);
    panel.timers.run();
    await settle(20);
    expect(panel.requests()).toEqual(['article/save', 'article/note']);
    expect(panel.$('panel-note-state')?.dataset.state).toBe('saved');
    expect((await panel.db())?.note).toBe('第一条笔记');
    expect(panel.$('panel-save')?.dataset.saved).toBe('true');
  });

  it('a note still waiting when the reader switches tabs is written to its own article', async () => {
    panel = await mountPanel({ pageArticle: A, seed: seeded });
    typeInto(panel.$('panel-note'), '切换前写的');
    await settle();
    await panel.activate({ id: 8, windowId: 1, url: 'chrome://newtab/', loading: false });
    expect(panel.$('panel-state')?.dataset.state).toBe('restricted');
    expect(panel.sendToBackground).toHaveBeenCalledWith('article/note', {
      url: A.url,
      note: '切换前写的',
    });
    expect(panel.follows.at(-1)).toEqual({ tabId: 8, windowId: 1 });
  });

  it('keeps what the reader is typing when the note changes elsewhere meanwhile', async () => {
    panel = await mountPanel({ pageArticle: A, seed: seeded });
    const field = panel.$('panel-note') as HTMLTextAreaElement;
    typeInto(field, '我正在写');
    await panel.owner.setArticleNote(A.url, '别处写的');
    await settle(20);
    expect(field.value).toBe('我正在写');
    panel.timers.run();
    await settle(20);
    expect(field.value).toBe('我正在写');
    // Once nothing is waiting, a note written elsewhere shows.
    await panel.owner.setArticleNote(A.url, '别处又写了');
    await settle(20);
    expect(field.value).toBe('别处又写了');
  });

  it('edits a highlight’s note and color through the background', async () => {
    panel = await mountPanel({ pageArticle: A, seed: seeded });
    const first = panel.$$('panel-highlight')[0]!;
    typeInto(panel.$('highlight-note', first), '新的想法');
    (panel.$('highlight-note', first) as HTMLTextAreaElement).dispatchEvent(new Event('blur'));
    await settle(20);
    expect(panel.sendToBackground).toHaveBeenCalledWith('highlight/update', {
      id: 'h1',
      note: '新的想法',
    });
    first.querySelector<HTMLButtonElement>('button[aria-label="Green"]')!.click();
    await settle(20);
    expect(panel.sendToBackground).toHaveBeenCalledWith('highlight/update', {
      id: 'h1',
      color: 'green',
    });
    expect(panel.$$('panel-highlight')[0]!.className).toContain('hl-green');
  });

  it('tags a highlight through the background; the chip stays once the change comes back, × takes it off', async () => {
    panel = await mountPanel({ pageArticle: A, seed: seeded });
    const first = () => panel!.$$('panel-highlight')[0]!;
    expect(panel.$$('panel-highlight-tag', first())).toEqual([]);
    panel.$('panel-highlight-tag-add', first())!.click();
    await settle(20);
    const input = panel.$('panel-highlight-tag-input', first()) as HTMLInputElement;
    typeInto(input, ' 芯片 ');
    await settle(5);
    input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle(20);
    expect(panel.sendToBackground).toHaveBeenCalledWith('highlight/update', {
      id: 'h1',
      tags: ['芯片'],
    });
    expect(panel.$$('panel-highlight-tag', first()).map((c) => c.dataset.tag)).toEqual(['芯片']);
    // The other highlight has none (the tag went to the one it was typed on).
    expect(panel.$$('panel-highlight-tag', panel.$$('panel-highlight')[1]!)).toEqual([]);
    panel.$$('panel-highlight-tag', first())[0]!.querySelector('button')!.click();
    await settle(20);
    expect(panel.sendToBackground).toHaveBeenCalledWith('highlight/update', { id: 'h1', tags: [] });
    expect(panel.$$('panel-highlight-tag', first())).toEqual([]);
  });

  it('deletes a highlight and takes it back with Undo', async () => {
    panel = await mountPanel({ pageArticle: A, seed: seeded });
    panel.$('highlight-delete', panel.$$('panel-highlight')[0]!)!.click();
    await settle(20);
    expect(ids(panel)).toEqual(['h2']);
    panel.$('panel-undo')!.click();
    await settle(20);
    expect(ids(panel)).toEqual(['h1', 'h2']);
    expect(panel.$('panel-undo')).toBeNull();
    expect(panel.$$('highlight-note').map((n) => (n as HTMLTextAreaElement).value)[0]).toBe(
      '旧笔记',
    );
  });

  it('a click on a highlight asks the page to scroll to it; one the page cannot find becomes an orphan', async () => {
    panel = await mountPanel({ pageArticle: A, seed: seeded });
    panel.$('panel-highlight-quote', panel.$$('panel-highlight')[0]!)!.click();
    await settle();
    expect(panel.sendToTab).toHaveBeenCalledWith(7, 'tab/scroll-to', { id: 'h1' });
    expect(panel.$$('panel-highlight')[0]!.dataset.orphan).toBe('false');
    panel.unmount();
    panel = await mountPanel({ pageArticle: A, seed: seeded, lost: ['h1'] });
    panel.$('panel-highlight-quote', panel.$$('panel-highlight')[0]!)!.click();
    await settle(20);
    expect(panel.$$('panel-highlight')[0]!.dataset.orphan).toBe('true');
  });

  it('a highlight clicked in the page is selected here, ready for its note', async () => {
    panel = await mountPanel({ pageArticle: A, seed: seeded });
    panel.select('h2');
    await settle();
    const second = panel.$$('panel-highlight')[1]!;
    expect(second.getAttribute('aria-current')).toBe('true');
    expect(panel.$$('panel-highlight')[0]!.getAttribute('aria-current')).toBeNull();
    expect(document.activeElement).toBe(panel.$('highlight-note', second));
  });

  it('shows other saved articles on the same story, and nothing when there are none', async () => {
    const story = [
      {
        url: 'https://other.example/a',
        title: '同一事件',
        source: '别家',
        publishedAt: '2025-01-15',
      },
    ];
    panel = await mountPanel({ pageArticle: A, seed: seeded, story });
    expect(panel.$$('panel-story-item').map((a) => a.textContent)).toEqual(['同一事件']);
    panel.unmount();
    panel = await mountPanel({ pageArticle: A, seed: seeded });
    expect(panel.$('panel-story')).toBeNull();
    expect(panel.$('panel-article')).not.toBeNull(); // positive control: the panel did render
  });
});
