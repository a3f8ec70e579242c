import { describe, expect, it } from 'vitest';
import { createLoadedPages } from '../../../utils/background/loaded-pages';

function setUp(
  counts: Record<string, number>,
  saved: Record<string, 'quickread' | 'generic'> = {},
) {
  const injected: [number, number][] = [];
  const marked: [number, string, string][] = [];
  const pages = createLoadedPages({
    count: async (key) => counts[key] ?? 0,
    savedFormat: async (key) => saved[key] ?? null,
    inject: async (tabId, frameId) => void injected.push([tabId, frameId]),
    markSaved: async (tabId, key, format) => void marked.push([tabId, key, format]),
  });
  return { pages, injected, marked };
}

describe('what the background does for a page that loaded', () => {
  it('injects the annotator into a page whose address has highlights', async () => {
    const { pages, injected } = setUp({ 'https://news.example/a': 2 });
    expect(await pages.paintIfHighlighted(4, 'https://news.example/a#top')).toBe(true);
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
});
