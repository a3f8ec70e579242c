/**
 * Where the in-page toolbar is offered when the reader selects text: on recognized articles and
 * the reader's saved pages (the default), on every site, or never — and, per site, the reader's
 * own switch, which wins over the general choice. Kept in `storage.local`, read by the background
 * (which also decides from it where the annotator is injected at all).
 */
import * as z from 'zod/mini';
import { MAX_TOOLBAR_SITES } from '../limits';

export const TOOLBAR_SITES_KEY = 'toolbarSites';
export const TOOLBAR_MODES = ['articles', 'everywhere', 'never'] as const;
export type ToolbarMode = (typeof TOOLBAR_MODES)[number];

const SettingSchema = z.object({
  mode: z.enum(TOOLBAR_MODES),
  /** host → on (true) or off (false) for that site, whatever the mode. */
  sites: z.record(z.string().check(z.maxLength(253)), z.boolean()),
});
export type ToolbarSites = z.infer<typeof SettingSchema>;

export const DEFAULT_TOOLBAR_SITES: ToolbarSites = { mode: 'articles', sites: {} };

/** The part of `storage.local` this setting uses (the browser's, or a fake in tests). */
export interface SettingStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The host a page's switch is kept under (lower case, without `www.`), or null. */
export function siteOf(url: string | null | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export async function readToolbarSites(store: SettingStore): Promise<ToolbarSites> {
  const found = (await store.get(TOOLBAR_SITES_KEY))[TOOLBAR_SITES_KEY];
  return z.catch(SettingSchema, DEFAULT_TOOLBAR_SITES).parse(found ?? DEFAULT_TOOLBAR_SITES);
}

export async function writeToolbarSites(store: SettingStore, next: ToolbarSites): Promise<void> {
  const sites = Object.fromEntries(Object.entries(next.sites).slice(-MAX_TOOLBAR_SITES));
  await store.set({ [TOOLBAR_SITES_KEY]: { mode: next.mode, sites } });
}

/** The reader's switch for one site: on, off, or null to follow the general choice. */
export function withSite(setting: ToolbarSites, site: string, on: boolean | null): ToolbarSites {
  const sites = { ...setting.sites };
  if (on === null) delete sites[site];
  else sites[site] = on;
  return { ...setting, sites };
}

/**
 * Whether the toolbar is offered on the page at `url`: the site's own switch first, then the mode
 * (`articles`: only where the page is a recognized article or one the reader saved).
 */
export function toolbarWanted(setting: ToolbarSites, url: string, isArticleOrSaved: boolean) {
  const site = siteOf(url);
  const own = site ? setting.sites[site] : undefined;
  if (own !== undefined) return own;
  if (setting.mode === 'never') return false;
  return setting.mode === 'everywhere' || isArticleOrSaved;
}

/** Whether every page of this site should get the annotator (to offer the toolbar at all). */
export function toolbarOnWholeSite(setting: ToolbarSites, url: string): boolean {
  const site = siteOf(url);
  const own = site ? setting.sites[site] : undefined;
  return own ?? setting.mode === 'everywhere';
}
