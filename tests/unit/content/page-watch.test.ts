import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { SETTLE_MS, watchPage } from '../../../utils/content/page-watch';

/** A page at `start` whose address the test changes, watched as the every-page script does. */
function watched(start: string) {
  const window = new Window({ url: start });
  const doc = window.document as unknown as Document;
  let address = start;
  const navigations: string[] = [];
  const controller = new AbortController();
  watchPage({
    doc,
    signal: controller.signal,
    url: () => address,
    looksLikeArticle: () => false,
    onArticle: async () => false,
    onNavigate: (url) => void navigations.push(url),
  });
  const moveTo = async (url: string) => {
    address = url;
    window.dispatchEvent(new window.PopStateEvent('popstate'));
    await new Promise((r) => setTimeout(r, SETTLE_MS + 100));
  };
  return { navigations, moveTo, stop: () => controller.abort(), window };
}

describe('the every-page script follows the page’s address', () => {
  it('a new fragment or tracking parameter is the same page; another path or query is not', async () => {
    const page = watched('https://news.example/a');
    await page.moveTo('https://news.example/a#comments');
    await page.moveTo('https://news.example/a?utm_source=feed#top');
    expect(page.navigations).toEqual([]);
    // Positive controls: another query, another path.
    await page.moveTo('https://news.example/a?round=2');
    await page.moveTo('https://news.example/b');
    expect(page.navigations).toEqual(['https://news.example/a?round=2', 'https://news.example/b']);
    page.stop();
    await page.window.happyDOM.close();
  });
});
