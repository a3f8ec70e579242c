// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROW_HEIGHT, SavedList } from '../../../components/popup/SavedList';
import type { SavedItemView } from '../../../components/popup/SavedItem';
import { installEnglish } from './harness';

const cards: SavedItemView[] = Array.from({ length: 10_000 }, (_, i) => ({
  url: `https://bulk.example/${i}`,
  title: `Article ${i}`,
  publishedAt: null,
  source: null,
  savedAt: '2025-01-01T00:00:00.000Z',
  keywords: [],
  highlightCount: 0,
  note: '',
}));

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

/** happy-dom lays nothing out, so it keeps scrollTop at 0: give the list a scroll position. */
function scrollable(list: HTMLElement) {
  let top = 0;
  Object.defineProperty(list, 'scrollTop', {
    configurable: true,
    get: () => top,
    set: (value: number) => {
      top = value;
    },
  });
}

function mount(onOpen = vi.fn()) {
  installEnglish();
  root = document.createElement('div');
  document.body.append(root);
  const byUrl = new Map(cards.map((c) => [c.url, c]));
  render(
    <SavedList
      urls={cards.map((c) => c.url)}
      cardOf={(url) => byUrl.get(url)}
      label="Saved"
      empty="Nothing"
      onOpen={onOpen}
    />,
    root,
  );
  scrollable(root.querySelector<HTMLElement>('[data-testid="saved-list"]')!);
  return onOpen;
}

const rendered = () =>
  [...root.querySelectorAll<HTMLElement>('[data-testid="saved-item"]')].map((el) =>
    Number(el.dataset.index),
  );

describe('a saved list of 10,000 articles', () => {
  it('renders only the rows in view plus a few more', async () => {
    mount();
    await vi.waitFor(() => expect(rendered().length).toBeGreaterThan(0));
    expect(rendered().length).toBeLessThan(20);
    expect(rendered()[0]).toBe(0);
    const rows = root.querySelector<HTMLElement>('.saved-rows')!;
    expect(rows.style.height).toBe(`${10_000 * ROW_HEIGHT}px`);
  });

  it('renders the rows at the new position after scrolling', async () => {
    mount();
    const list = root.querySelector<HTMLElement>('[data-testid="saved-list"]')!;
    list.scrollTop = 5_000 * ROW_HEIGHT;
    list.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(rendered()).toContain(5_000));
    expect(rendered().length).toBeLessThan(20);
    expect(rendered()).not.toContain(0);
  });

  it('reaches the last article with End and opens it', async () => {
    const onOpen = mount();
    await vi.waitFor(() => expect(rendered().length).toBeGreaterThan(0));
    const first = root.querySelector<HTMLElement>('[data-index="0"]')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await vi.waitFor(() =>
      expect((document.activeElement as HTMLElement).dataset.index).toBe('9999'),
    );
    (document.activeElement as HTMLElement).click();
    expect(onOpen).toHaveBeenCalledWith('https://bulk.example/9999');
  });
});
