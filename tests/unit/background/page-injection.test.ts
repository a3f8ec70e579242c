import { describe, expect, it } from 'vitest';
import {
  createPageInjection,
  mayBeQuickreadTitle,
  workFor,
  type PageFacts,
  type Script,
} from '../../../utils/background/page-injection';

function setUp(
  counts: Record<string, number>,
  saved: Record<string, 'quickread' | 'generic'> = {},
  /** Addresses whose whole site wants the toolbar. */
  toolbarOn: string[] = [],
  /** Tabs whose annotator is already loaded (it answers). */
  withAnnotator: number[] = [],
) {
  const injected: [number, Script][] = [];
  const marked: [number, string, string][] = [];
  const asked: [number, string][] = [];
  const pages = createPageInjection({
    count: async (key) => counts[key] ?? 0,
    savedFormat: async (key) => saved[key] ?? null,
    toolbarHere: async (url) => toolbarOn.includes(url),
    inject: async (tabId, script) => void injected.push([tabId, script]),
    markSaved: async (tabId, key, format) => void marked.push([tabId, key, format]),
    askAnnotator: async (tabId, type) => {
      asked.push([tabId, type]);
      return withAnnotator.includes(tabId);
    },
  });
  return { pages, injected, marked, asked };
}

const A = 'https://news.example/a';
const facts = (over: Partial<PageFacts>): PageFacts => ({
  key: A,
  saved: false,
  highlighted: false,
  toolbarHere: false,
  title: 'Plain news',
  ...over,
});

describe('which pages get extension code', () => {
  it('the annotator where the page is saved, highlighted, or its site wants the toolbar', () => {
    expect(workFor(facts({ saved: true }))).toBe('annotator');
    expect(workFor(facts({ highlighted: true }))).toBe('annotator');
    expect(workFor(facts({ toolbarHere: true }))).toBe('annotator');
  });

  it('the checker only where the title is Chinese, and nothing elsewhere', () => {
    expect(workFor(facts({ title: '苹果AI团队大将被挖走' }))).toBe('checker');
    expect(workFor(facts({ title: 'Plain news' }))).toBe('none');
    expect(workFor(facts({ title: null }))).toBe('none');
    expect(mayBeQuickreadTitle('한국어 기사')).toBe(false);
    expect(mayBeQuickreadTitle('日本語の記事')).toBe(true); // Han characters (kanji) count
  });

  it('nothing for a page that is not http(s), whatever else holds', () => {
    const all = { saved: true, highlighted: true, toolbarHere: true, title: '中文' };
    expect(workFor(facts({ ...all, key: null }))).toBe('none');
    expect(workFor(facts(all))).toBe('annotator'); // positive control
  });
});

describe('what the background does for a page that loaded', () => {
  it('injects the annotator into a page whose address has highlights', async () => {
    const { pages, injected } = setUp({ [A]: 2 });
    await pages.loaded(4, `${A}#top`, 'News');
    expect(injected).toEqual([[4, 'annotator']]);
  });

  it('injects nothing into a plain page without highlights, nor a page that is not http(s)', async () => {
    const { pages, injected, marked } = setUp({ [A]: 2 });
    await pages.loaded(4, 'https://news.example/b', 'Plain news');
    await pages.loaded(5, 'chrome://newtab/', '新标签页');
    expect(injected).toEqual([]);
    expect(marked).toEqual([]);
    // Positive control: the same plain page with a Chinese title gets the checker.
    await pages.loaded(4, 'https://news.example/b', '快速阅读');
    expect(injected).toEqual([[4, 'checker']]);
  });

  it('marks a saved page and gives it the annotator', async () => {
    const { pages, injected, marked } = setUp({}, { [A]: 'generic' });
    await pages.loaded(6, A, 'Plain news');
    expect(marked).toEqual([[6, A, 'generic']]);
    expect(injected).toEqual([[6, 'annotator']]);
  });

  it('gives the annotator to every page of a site that wants the toolbar', async () => {
    const { pages, injected } = setUp({}, {}, [A]);
    await pages.loaded(6, A, 'Plain news');
    await pages.loaded(7, 'https://news.example/other', 'Plain news');
    expect(injected).toEqual([[6, 'annotator']]);
  });

  it('a change of highlights repaints through the annotator, or brings one where there is work', async () => {
    const { pages, injected, asked } = setUp({ [A]: 1 }, {}, [], [4]);
    await pages.refresh(4, A);
    expect(asked).toEqual([[4, 'tab/refresh']]);
    expect(injected).toEqual([]);
    await pages.refresh(5, A); // no annotator in tab 5 yet: injected, as the page has highlights
    expect(injected).toEqual([[5, 'annotator']]);
    await pages.refresh(6, 'https://news.example/none');
    expect(injected).toEqual([[5, 'annotator']]);
  });
});

describe('a page decided while it loads', () => {
  it('is not given its script twice when it then finishes loading', async () => {
    const { pages, injected } = setUp({ [A]: 1 });
    await pages.changed(4, A, 'News'); // its title arrived while it loaded
    expect(injected).toEqual([[4, 'annotator']]);
    await pages.loaded(4, A, 'News');
    expect(injected).toEqual([[4, 'annotator']]);
  });

  it('is decided again at load when it had no work yet (its title may tell more now)', async () => {
    const { pages, injected } = setUp({});
    await pages.changed(4, 'https://news.example/b', null);
    expect(injected).toEqual([]);
    await pages.loaded(4, 'https://news.example/b', '快速阅读');
    expect(injected).toEqual([[4, 'checker']]);
  });

  it('is decided afresh once the tab starts loading another document (forgotten)', async () => {
    const { pages, injected } = setUp({ [A]: 1 });
    await pages.loaded(4, A, 'News');
    pages.forget(4);
    await pages.loaded(4, A, 'News');
    expect(injected).toEqual([
      [4, 'annotator'],
      [4, 'annotator'],
    ]);
  });
});

describe('a page that moves without loading', () => {
  it('its annotator follows the move; the same address again asks nothing', async () => {
    const { pages, injected, asked } = setUp({ [A]: 1 }, {}, [], [4]);
    await pages.loaded(4, A, 'News');
    await pages.changed(4, A, 'News, new title');
    expect(asked).toEqual([]);
    await pages.changed(4, 'https://news.example/next', 'News');
    expect(asked).toEqual([[4, 'tab/navigated']]);
    expect(injected).toEqual([[4, 'annotator']]);
  });

  it('a checker watches moves itself: nothing is decided again', async () => {
    const { pages, injected, asked } = setUp({ 'https://news.example/c': 3 });
    await pages.loaded(4, 'https://news.example/b', '快速阅读');
    await pages.changed(4, 'https://news.example/c', '快速阅读');
    expect(asked).toEqual([]);
    expect(injected).toEqual([[4, 'checker']]);
  });

  it('a page without code is decided again at its new address or title', async () => {
    const { pages, injected } = setUp({ 'https://news.example/c': 3 });
    await pages.loaded(4, 'https://news.example/b', 'Plain');
    expect(injected).toEqual([]);
    await pages.changed(4, 'https://news.example/c', 'Plain');
    expect(injected).toEqual([[4, 'annotator']]);
  });

  it('an annotator that no longer answers is replaced by what the new address needs', async () => {
    const { pages, injected, asked } = setUp({ [A]: 1 });
    await pages.loaded(4, A, 'News');
    await pages.changed(4, 'https://news.example/next', '中文标题');
    expect(asked).toEqual([[4, 'tab/navigated']]);
    expect(injected).toEqual([
      [4, 'annotator'],
      [4, 'checker'],
    ]);
  });

  it('a tab forgotten (closed) is decided afresh', async () => {
    const { pages, injected, asked } = setUp({ 'https://news.example/b': 1 });
    await pages.loaded(4, 'https://news.example/b', '快速阅读');
    expect(injected).toEqual([[4, 'annotator']]);
    pages.forget(4);
    await pages.changed(4, 'https://news.example/d', '快速阅读');
    expect(asked).toEqual([]);
    expect(injected).toEqual([
      [4, 'annotator'],
      [4, 'checker'],
    ]);
  });
});
