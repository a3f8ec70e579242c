import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DbError, getArticle, listHighlights, touchesArticle, type Change } from '../db';
import type { Detail, DetailContext, OpenArticle } from './detail';
import { useDetailWrites } from './use-detail-writes';

export type { Detail, DetailContext } from './detail';

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
  const [opened, setOpened] = useState<OpenArticle | null>(null);
  const opening = useRef(0);
  const openUrl = useRef<string | null>(null);
  const onTab = !!opened && opened.article.url === ctx.page.article?.url;

  async function open(url: string) {
    const token = ++opening.current;
    try {
      const { article, highlights } = await readArticle(ctx.deps, url);
      if (!article) throw new DbError('not-found');
      // Asked before it shows, when the tab already shows it: the orphans are marked at once.
      const orphaned = ctx.page.article?.url === url ? await askOrphans(ctx) : null;
      if (token !== opening.current) return;
      openUrl.current = url;
      setOpened({ article, highlights, orphaned });
    } catch (e) {
      if (token === opening.current) ctx.report('errOpenFailed', e);
    }
  }

  // Opened before the popup knew the tab's article (its list takes clicks before the tab has
  // answered): the orphans are asked once the tab turns out to show it.
  const askLate = onTab && opened.orphaned === null;
  useEffect(() => {
    const url = openUrl.current;
    if (!askLate || url === null) return;
    let current = true;
    void askOrphans(ctx).then((orphaned) => {
      if (!current || openUrl.current !== url) return;
      setOpened((d) => (d && d.article.url === url ? { ...d, orphaned } : d));
    });
    return () => {
      current = false;
    };
  }, [askLate]);

  const close = useCallback(() => {
    opening.current++;
    openUrl.current = null;
    setOpened(null);
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
      setOpened((d) => (d && d.article.url === url ? { ...d, article, highlights } : d));
    },
    [ctx.deps, close],
  );

  const writes = useDetailWrites(ctx, opened, setOpened, onTab);
  const detail: Detail | null = opened && { ...opened, orphaned: opened.orphaned ?? NONE, onTab };

  return { detail, open, close, refresh, ...writes };
}
