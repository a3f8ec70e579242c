import { useCallback, useRef, useState } from 'preact/hooks';
import {
  DbError,
  deleteHighlight,
  getArticle,
  listHighlights,
  setArticleNote,
  updateHighlight,
} from '../db';
import type { Highlight, SavedArticle } from '../schemas/records';
import type { MessageKey } from '../i18n';
import type { PopupDeps } from './deps';
import type { CurrentPage } from './use-current-page';

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
  deps: Pick<PopupDeps, 'db' | 'sendToTab' | 'now'>;
  page: CurrentPage;
  /** Saved data changed: reload the list. */
  onChanged: () => Promise<void>;
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

/** The detail of one saved article: open, edit its note and highlights, scroll the page to one. */
export function useDetail(ctx: DetailContext) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const opening = useRef(0);
  const now = () => ctx.deps.now().toISOString();

  /** Tell the tab to paint its highlights again when it shows this article. */
  function refreshTab(url: string) {
    const { tabId, article } = ctx.page;
    if (tabId !== null && article?.url === url) {
      ctx.deps.sendToTab(tabId, 'tab/refresh', {}).catch(() => undefined);
    }
  }

  async function open(url: string) {
    const token = ++opening.current;
    try {
      const db = await ctx.deps.db.get();
      const [article, highlights] = await Promise.all([
        getArticle(db, url),
        listHighlights(db, url),
      ]);
      if (!article) throw new DbError('not-found');
      const onTab = ctx.page.article?.url === url;
      const orphaned = onTab ? await askOrphans(ctx) : NONE;
      if (token === opening.current) setDetail({ article, highlights, orphaned, onTab });
    } catch (e) {
      if (token === opening.current) ctx.report('errOpenFailed', e);
    }
  }

  const close = useCallback(() => {
    opening.current++;
    setDetail(null);
  }, []);

  async function saveNote(note: string) {
    if (!detail) return;
    try {
      const article = await setArticleNote(
        await ctx.deps.db.get(),
        detail.article.url,
        note,
        now(),
      );
      setDetail((d) => (d && d.article.url === article.url ? { ...d, article } : d));
      await ctx.onChanged();
    } catch (e) {
      ctx.report('errNoteFailed', e);
    }
  }

  async function changeHighlights(change: (hs: Highlight[]) => Promise<Highlight[]>) {
    if (!detail) return;
    const url = detail.article.url;
    try {
      const highlights = await change(detail.highlights);
      setDetail((d) => (d && d.article.url === url ? { ...d, highlights } : d));
      refreshTab(url);
      await ctx.onChanged();
    } catch (e) {
      ctx.report('errHighlightFailed', e);
    }
  }

  const highlightNote = (id: string, note: string) =>
    changeHighlights(async (hs) => {
      const updated = await updateHighlight(await ctx.deps.db.get(), id, { note }, now());
      return hs.map((h) => (h.id === id ? updated : h));
    });

  const removeHighlight = (id: string) =>
    changeHighlights(async (hs) => {
      await deleteHighlight(await ctx.deps.db.get(), id);
      return hs.filter((h) => h.id !== id);
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

  return { detail, open, close, saveNote, highlightNote, removeHighlight, scrollTo, refreshTab };
}
