import { describe, expect, it } from 'vitest';
import { createHighlightedPages } from '../../../utils/background/highlighted-pages';

function setUp(counts: Record<string, number>) {
  const injected: [number, number][] = [];
  const paint = createHighlightedPages({
    count: async (key) => counts[key] ?? 0,
    inject: async (tabId, frameId) => void injected.push([tabId, frameId]),
  });
  return { paint, injected };
}

describe('pages with the reader’s highlights get the annotator', () => {
  it('injects it into a loaded page whose address has highlights', async () => {
    const { paint, injected } = setUp({ 'https://news.example/a': 2 });
    expect(await paint(4, 'https://news.example/a#top')).toBe(true);
    expect(injected).toEqual([[4, 0]]);
  });

  it('leaves pages without highlights, and pages that are not http(s), alone', async () => {
    const { paint, injected } = setUp({ 'https://news.example/a': 2 });
    expect(await paint(4, 'https://news.example/b')).toBe(false);
    expect(await paint(5, 'chrome://newtab/')).toBe(false);
    expect(injected).toEqual([]);
  });
});
