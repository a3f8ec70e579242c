import type { Dispatch, StateUpdater } from 'preact/hooks';
import { change, getHighlight, type Change } from '../db';
import type { MessageKey } from '../i18n';
import type { DetailContext, OpenArticle } from './detail';

/**
 * Do `work` on the article at `url` and show what it changed; a failure is reported, and
 * rethrown with `rethrow` (a note field says it was not saved).
 */
async function writeArticle(
  ctx: DetailContext,
  url: string | undefined,
  key: MessageKey,
  work: (url: string) => Promise<Change | void>,
  rethrow = false,
) {
  if (!url) return;
  try {
    const changed = await work(url);
    await ctx.wrote(changed ?? change({ articles: [url] }));
  } catch (e) {
    ctx.report(key, e);
    if (rethrow) throw e;
  }
}

/**
 * The writes of the open article's detail, each through the background: its note, a highlight's
 * note, deleting a highlight (with undo), and scrolling the page to a highlight (one the page
 * cannot find is marked an orphan).
 */
export function useDetailWrites(
  ctx: DetailContext,
  detail: OpenArticle | null,
  setDetail: Dispatch<StateUpdater<OpenArticle | null>>,
  onTab: boolean,
) {
  const write = (key: MessageKey, work: (url: string) => Promise<Change | void>, rethrow = false) =>
    writeArticle(ctx, detail?.article.url, key, work, rethrow);

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
    if (tabId === null || !onTab) return;
    try {
      const { found } = await ctx.deps.sendToTab(tabId, 'tab/scroll-to', { id });
      if (!found) {
        setDetail((d) => (d ? { ...d, orphaned: new Set([...(d.orphaned ?? []), id]) } : d));
      }
    } catch (e) {
      ctx.report('errScrollFailed', e);
    }
  }

  return { saveNote, highlightNote, removeHighlight, scrollTo };
}
