/**
 * Which pages get extension code, decided by the background from the tab's address and title, the
 * reader's library and their toolbar choice: no page without work runs any of it.
 * - the annotator (painting, the toolbar, answers to the views) where the reader saved the page,
 *   has highlights on it, or wants the toolbar on every page of its site;
 * - the small checker (entrypoints/page-watch) where the page may be a quick-read article (its
 *   title is Chinese): it looks for the format and brings the annotator if it finds it;
 * - nothing anywhere else. The action button, menu, shortcuts and side panel inject on demand.
 */
import type { Article } from '../schemas/article';
import { pageKey } from './page-key';

export type PageWork = 'annotator' | 'checker' | 'none';
export type Script = Exclude<PageWork, 'none'>;

/** Han characters: the quick-read format is a Chinese one. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Whether a page titled `title` may be a quick-read article (worth the checker). */
export const mayBeQuickreadTitle = (title: string | null | undefined) => HAN.test(title ?? '');

export interface PageFacts {
  /** The page's key (page-key.ts), null for pages that are not http(s). */
  key: string | null;
  saved: boolean;
  highlighted: boolean;
  /** The reader wants the toolbar on every page of this site (toolbar-sites). */
  toolbarHere: boolean;
  title: string | null;
}

export function workFor(facts: PageFacts): PageWork {
  if (!facts.key) return 'none';
  if (facts.saved || facts.highlighted || facts.toolbarHere) return 'annotator';
  return mayBeQuickreadTitle(facts.title) ? 'checker' : 'none';
}

export interface InjectionDeps {
  count: (key: string) => Promise<number>;
  savedFormat: (key: string) => Promise<Article['format'] | null>;
  toolbarHere: (url: string) => Promise<boolean>;
  inject: (tabId: number, script: Script) => Promise<void>;
  /** Mark a tab as showing a saved page (badge ✓, and the change feed follows it). */
  markSaved: (tabId: number, key: string, format: Article['format']) => Promise<void>;
  /** Ask the tab's annotator, if it has one: false when none listens. */
  askAnnotator: (tabId: number, type: 'tab/refresh' | 'tab/navigated') => Promise<boolean>;
}

export function createPageInjection(deps: InjectionDeps) {
  /** What each tab got for the address it shows. */
  const given = new Map<number, { url: string; work: PageWork }>();

  async function decide(tabId: number, url: string, title: string | null): Promise<PageWork> {
    const key = pageKey(url, null);
    const [format, count, toolbarHere] = key
      ? await Promise.all([deps.savedFormat(key), deps.count(key), deps.toolbarHere(url)])
      : [null, 0, false];
    if (key && format) await deps.markSaved(tabId, key, format);
    const work = workFor({ key, saved: !!format, highlighted: count > 0, toolbarHere, title });
    given.set(tabId, { url, work });
    if (work === 'none') return work;
    try {
      await deps.inject(tabId, work);
    } catch (e) {
      given.delete(tabId); // not there: decided again at the next event
      throw e;
    }
    return work;
  }

  return {
    /** A tab finished loading a page: decided now unless it was while it loaded. */
    async loaded(tabId: number, url: string, title: string | null): Promise<void> {
      const before = given.get(tabId);
      if (before?.url === url && before.work !== 'none') return;
      await decide(tabId, url, title);
    },
    /**
     * A tab's page has its title (while it loads), changed it, or moved to another address without
     * loading (a single-page app): its annotator follows; a checker watches such moves itself;
     * else decide again.
     */
    async changed(tabId: number, url: string, title: string | null): Promise<void> {
      const before = given.get(tabId);
      if (before?.work === 'checker') return;
      if (before?.work === 'annotator') {
        if (before.url === url) return;
        if (await deps.askAnnotator(tabId, 'tab/navigated')) {
          given.set(tabId, { url, work: 'annotator' });
          return;
        }
      }
      await decide(tabId, url, title);
    },
    /**
     * The highlights of the page a tab shows changed (here, on another device, by an undo): its
     * annotator paints them again; a page without one gets it when there is work now.
     */
    async refresh(tabId: number, url: string): Promise<void> {
      if (!(await deps.askAnnotator(tabId, 'tab/refresh'))) await decide(tabId, url, null);
    },
    /** The tab closed, or started loading another document. */
    forget: (tabId: number) => void given.delete(tabId),
  };
}
export type PageInjection = ReturnType<typeof createPageInjection>;
