import { describe, expect, it } from 'vitest';
import { createLoadedPages } from '../../../utils/background/loaded-pages';

function setUp(
  counts: Record<string, number>,
  saved: Record<string, 'quickread' | 'generic'> = {},
  /** Tabs whose annotator is already loaded (it answers the repaint). */
  withAnnotator: number[] = [],
) {
  const injected: [number, number][] = [];
  const marked: [number, string, string][] = [];
  const refreshed: number[] = [];
  const pages = createLoadedPages({
    count: async (key) => counts[key] ?? 0,
    savedFormat: async (key) => saved[key] ?? null,
    inject: async (tabId, frameId) => void injected.push([tabId, frameId]),
    markSaved: async (tabId, key, format) => void marked.push([tabId, key, format]),
    askRefresh: async (tabId) => withAnnotator.includes(tabId) && refreshed.push(tabId) > 0,
  });
  return { pages, injected, marked, refreshed };
}

describe('what the background does for a page that loaded', () => {
  it('injects the annotator into a page whose address has highlights', async () => {
    const { pages, injected } = setUp({ 'https://news.example/a': 2 });
    await pages.loaded(4, 'https://news.example/a#top');
    expect(injected).toEqual([[4, 0]]);
  });

  it('leaves pages without highlights, and pages that are not http(s), alone', async () => {
    const { pages, injected, marked } = setUp({ 'https://news.example/a': 2 });
    await pages.loaded(4, 'https://news.example/b');
    await pages.loaded(5, 'chrome://newtab/');
    expect(injected).toEqual([]);
    expect(marked).toEqual([]);
  });

  it('marks a saved page, and paints it when it has highlights', async () => {
    const url = 'https://news.example/a';
    const { pages, injected, marked } = setUp({ [url]: 1 }, { [url]: 'generic' });
    await pages.loaded(6, url);
    expect(marked).toEqual([[6, url, 'generic']]);
    expect(injected).toEqual([[6, 0]]);
  });

  it('a change of highlights repaints through the annotator, or brings one where there is none', async () => {
    const url = 'https://news.example/a';
    const { pages, injected, refreshed } = setUp({ [url]: 1 }, {}, [4]);
    await pages.refresh(4, url);
    expect(refreshed).toEqual([4]);
    expect(injected).toEqual([]);
    await pages.refresh(5, url); // no annotator in tab 5 yet: injected, as the page has highlights
    expect(injected).toEqual([[5, 0]]);
    await pages.refresh(6, 'https://news.example/none');
    expect(injected).toEqual([[5, 0]]);
  });
});
