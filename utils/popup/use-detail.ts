import { useCallback, useRef, useState } from 'preact/hooks';
import {
  change,
  DbError,
  getArticle,
  getHighlight,
  listHighlights,
  touchesArticle,
  type Change,
} from '../db';
import type { Highlight, SavedArticle } from '../schemas/records';
import type { MessageKey } from '../i18n';
import type { PopupDeps } from './deps';
import type { CurrentPage } from './use-current-page';
import type { Undoable } from './use-undo';

export interface Detail {
  article: SavedArticle;
  /** In page order. */
  highlights: Highlight[];
  /** Highlights the open page could not anchor. */
  orphaned: ReadonlySet<string>;
  /** The current tab shows this article. */
  onTab: boolean;
}

export interface DetailContext {
  deps: Pick<PopupDeps, 'db' | 'sendToTab' | 'sendToBackground'>;
  page: CurrentPage;
  /** A write of this popup committed: show it at once (the change feed tells everyone else). */
  wrote: (change: Change) => Promise<void>;
  /** Offer to take back a deletion. */
  offerUndo: (undoable: Undoable) => void;
  report: (key: MessageKey, e: unknown) => void;
}

const NONE: ReadonlySet<string> = new Set();

/** Which highlights the tab could not anchor; none when the tab cannot be asked. */
async function askOrphans(ctx: DetailContext): Promise<ReadonlySet<string>> {
  const { tabId } = ctx.page;
  if (tabId === null) return NONE;
  try {
    const { orphaned } = await ctx.deps.sendToTab(tabId, 'tab/anchors', {});
    return new Set(Array.isArray(orphaned) ? orphaned.filter((id) => typeof id === 'string') : []);
  } catch {
    return NONE;
  }
}

/** The saved article at `url` and its highlights, read in one go. */
async function readArticle(deps: DetailContext['deps'], url: string) {
  const db = await deps.db.get();
  const [article, highlights] = await Promise.all([getArticle(db, url), listHighlights(db, url)]);
  return { article, highlights };
}

/**
 * The detail of one saved article: open it, edit its note and highlights (through the
 * background), scroll the page to a highlight, and follow changes made anywhere while it is open.
 */
export function useDetail(ctx: DetailContext) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const opening = useRef(0);
  const openUrl = useRef<string | null>(null);

  async function open(url: string) {
    const token = ++opening.current;
    try {
      const { article, highlights } = await readArticle(ctx.deps, url);
      if (!article) throw new DbError('not-found');
      const onTab = ctx.page.article?.url === url;
      const orphaned = onTab ? await askOrphans(ctx) : NONE;
      if (token !== opening.current) return;
      openUrl.current = url;
      setDetail({ article, highlights, orphaned, onTab });
    } catch (e) {
      if (token === opening.current) ctx.report('errOpenFailed', e);
    }
  }

  const close = useCallback(() => {
    opening.current++;
    openUrl.current = null;
    setDetail(null);
  }, []);

  /** Read the open article again when `c` concerns it; close it when it is no longer saved. */
  const refresh = useCallback(
    async (c: Change) => {
      const url = openUrl.current;
      if (url === null || !touchesArticle(c, url)) return;
      const { article, highlights } = await readArticle(ctx.deps, url);
      if (openUrl.current !== url) return;
      if (!article) {
        close();
        return;
      }
      setDetail((d) => (d && d.article.url === url ? { ...d, article, highlights } : d));
    },
    [ctx.deps, close],
  );

  /** Do `work` on the open article; a failure is reported, and rethrown with `rethrow` (a note field says it was not saved). */
  async function write(
    key: MessageKey,
    work: (url: string) => Promise<Change | void>,
    rethrow = false,
  ) {
    const url = detail?.article.url;
    if (!url) return;
    try {
      const changed = await work(url);
      await ctx.wrote(changed ?? change({ articles: [url] }));
    } catch (e) {
      ctx.report(key, e);
      if (rethrow) throw e;
    }
  }

  const saveNote = (note: string) =>
    write(
      'errNoteFailed',
      async (url) => {
        await ctx.deps.sendToBackground('article/note', { url, note });
      },
      true,
    );

  const highlightNote = (id: string, note: string) =>
    write(
      'errHighlightFailed',
      async (url) => {
        await ctx.deps.sendToBackground('highlight/update', { id, note });
        return change({ articles: [url], highlights: [id] });
      },
      true,
    );

  /** Delete a highlight, keeping it as it was stored so the reader can undo. */
  const removeHighlight = (id: string) =>
    write('errHighlightFailed', async (url) => {
      const stored = await getHighlight(await ctx.deps.db.get(), id);
      await ctx.deps.sendToBackground('highlight/delete', { id });
      if (stored) ctx.offerUndo({ kind: 'highlight', highlight: stored });
      return change({ articles: [url], highlights: [id] });
    });

  async function scrollTo(id: string) {
    const { tabId } = ctx.page;
    if (tabId === null || !detail?.onTab) return;
    try {
      const { found } = await ctx.deps.sendToTab(tabId, 'tab/scroll-to', { id });
      if (!found) {
        setDetail((d) => (d ? { ...d, orphaned: new Set([...d.orphaned, id]) } : d));
      }
    } catch (e) {
      ctx.report('errScrollFailed', e);
    }
  }

  return { detail, open, close, refresh, saveNote, highlightNote, removeHighlight, scrollTo };
}
