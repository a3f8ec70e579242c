import { describe, expect, it, vi } from 'vitest';
import { tabState } from '../../../utils/background/tab-state';
import { articlePreview } from '../../../utils/schemas/article-preview';
import { article } from '../db/helpers';

const PAGE = 'https://news.example.com/2025/07/apple.html';
const card = (url: string) => articlePreview(article(1, { url }));

function deps(tabUrl: string | null, answer: () => unknown) {
  return { tabUrl: async () => tabUrl, pageCard: vi.fn(async () => answer()) };
}

describe('what a view shows for a tab', () => {
  it('keys the card by the tab’s own address, and by its canonical address only for the same page', async () => {
    const tracked = `${PAGE}?utm_source=feed#top`;
    const state = await tabState(
      deps(tracked, () => card(PAGE)),
      7,
    );
    expect(state).toEqual({ key: PAGE, card: { ...card(PAGE), url: PAGE }, reachable: true });
  });

  it('ignores a card claiming another page: keyed by the tab’s address', async () => {
    const other = 'https://news.example.com/2025/07/other.html';
    const state = await tabState(
      deps(PAGE, () => card(other)),
      7,
    );
    expect(state.key).toBe(PAGE);
    expect(state.card?.url).toBe(PAGE);
    expect(JSON.stringify(state)).not.toContain('other.html');
  });

  it('an http page claiming the https address is keyed http', async () => {
    const http = PAGE.replace('https:', 'http:');
    const state = await tabState(
      deps(http, () => card(PAGE)),
      7,
    );
    expect(state.key).toBe(http);
    expect(state.card?.url).toBe(http);
    // Positive control: an https page naming its own https canonical is keyed by it.
    expect(
      (
        await tabState(
          deps(`${PAGE}?utm_source=x`, () => card(PAGE)),
          7,
        )
      ).key,
    ).toBe(PAGE);
  });

  it('a page that is not an article is still reachable, keyed by its address', async () => {
    expect(
      await tabState(
        deps(PAGE, () => null),
        7,
      ),
    ).toEqual({
      key: PAGE,
      card: null,
      reachable: true,
    });
  });

  it.each([
    ['a javascript: URL', { ...card(PAGE), url: 'javascript:alert(1)' }],
    ['its body', article(1, { url: PAGE })],
    ['a missing field', { ...card(PAGE), title: undefined }],
    ['no object at all', 'an article'],
  ])('shows no card for an answer with %s, the page still reachable', async (_name, bad) => {
    expect(
      await tabState(
        deps(PAGE, () => bad),
        7,
      ),
    ).toEqual({
      key: PAGE,
      card: null,
      reachable: true,
    });
  });

  it('a page that cannot be reached has its key but no card', async () => {
    const d = deps(PAGE, () => {
      throw new Error('Receiving end does not exist');
    });
    expect(await tabState(d, 7)).toEqual({ key: PAGE, card: null, reachable: false });
    expect(d.pageCard).toHaveBeenCalledWith(7);
  });

  it('asks no page that is not http(s), nor a tab whose address is unknown', async () => {
    for (const url of ['chrome://settings', 'file:///home/a.html', null]) {
      const d = deps(url, () => card(PAGE));
      expect(await tabState(d, 7)).toEqual({ key: null, card: null, reachable: false });
      expect(d.pageCard).not.toHaveBeenCalled();
    }
  });
});
