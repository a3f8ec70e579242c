import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TOOLBAR_SITES,
  readToolbarSites,
  siteOf,
  TOOLBAR_SITES_KEY,
  toolbarOnWholeSite,
  toolbarWanted,
  withSite,
  writeToolbarSites,
  type SettingStore,
  type ToolbarSites,
} from '../../../utils/options/toolbar-sites';

function memoryStore(initial: Record<string, unknown> = {}): SettingStore & {
  items: Record<string, unknown>;
} {
  const items = { ...initial };
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (next) => void Object.assign(items, next),
  };
}

const A = 'https://www.News.example/2025/a.html';

describe('where the in-page toolbar is offered', () => {
  it('keys a site by its lower-case host without www., and only for http(s)', () => {
    expect(siteOf(A)).toBe('news.example');
    expect(siteOf('http://blog.news.example/x')).toBe('blog.news.example');
    expect(siteOf('chrome://settings')).toBeNull();
    expect(siteOf('file:///home/a.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf(null)).toBeNull();
  });

  it('by default only on articles and saved pages', () => {
    expect(toolbarWanted(DEFAULT_TOOLBAR_SITES, A, true)).toBe(true);
    expect(toolbarWanted(DEFAULT_TOOLBAR_SITES, A, false)).toBe(false);
    expect(toolbarOnWholeSite(DEFAULT_TOOLBAR_SITES, A)).toBe(false);
  });

  it('everywhere, or never, as the reader chose', () => {
    const everywhere: ToolbarSites = { mode: 'everywhere', sites: {} };
    const never: ToolbarSites = { mode: 'never', sites: {} };
    expect(toolbarWanted(everywhere, A, false)).toBe(true);
    expect(toolbarOnWholeSite(everywhere, A)).toBe(true);
    expect(toolbarWanted(never, A, true)).toBe(false);
    expect(toolbarOnWholeSite(never, A)).toBe(false);
  });

  it('a site’s own switch wins over the general choice, both ways', () => {
    const on = withSite({ mode: 'never', sites: {} }, 'news.example', true);
    expect(toolbarWanted(on, A, false)).toBe(true);
    expect(toolbarOnWholeSite(on, A)).toBe(true);
    const off = withSite({ mode: 'everywhere', sites: {} }, 'news.example', false);
    expect(toolbarWanted(off, A, true)).toBe(false);
    expect(toolbarOnWholeSite(off, A)).toBe(false);
    // Another site follows the general choice (positive control for the switch's reach).
    expect(toolbarWanted(off, 'https://other.example/', false)).toBe(true);
    // Back to following the general choice.
    const cleared = withSite(off, 'news.example', null);
    expect(cleared.sites).toEqual({});
    expect(toolbarWanted(cleared, A, false)).toBe(true);
    expect(off.sites).toEqual({ 'news.example': false }); // the old setting is left as it was
  });

  it('reads the default when nothing or something malformed is stored', async () => {
    expect(await readToolbarSites(memoryStore())).toEqual(DEFAULT_TOOLBAR_SITES);
    const bad = memoryStore({ [TOOLBAR_SITES_KEY]: { mode: 'sometimes', sites: {} } });
    expect(await readToolbarSites(bad)).toEqual(DEFAULT_TOOLBAR_SITES);
    const badSite = memoryStore({ [TOOLBAR_SITES_KEY]: { mode: 'never', sites: { a: 'yes' } } });
    expect(await readToolbarSites(badSite)).toEqual(DEFAULT_TOOLBAR_SITES);
  });

  it('writes and reads back what the reader chose', async () => {
    const store = memoryStore();
    const chosen = withSite({ mode: 'everywhere', sites: {} }, 'news.example', false);
    await writeToolbarSites(store, chosen);
    expect(await readToolbarSites(store)).toEqual(chosen);
  });

  it('keeps at most 5,000 site switches, the newest', async () => {
    const store = memoryStore();
    const sites = Object.fromEntries(
      Array.from({ length: 5003 }, (_, i) => [`site${i}.example`, i % 2 === 0]),
    );
    await writeToolbarSites(store, { mode: 'articles', sites });
    const kept = (await readToolbarSites(store)).sites;
    expect(Object.keys(kept)).toHaveLength(5000);
    expect(kept['site0.example']).toBeUndefined();
    expect(kept['site2.example']).toBeUndefined();
    expect(kept['site3.example']).toBe(false);
    expect(kept['site5002.example']).toBe(true);
  });
});
