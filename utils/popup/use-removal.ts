import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteArticle, restoreArticle, type DeletedArticle } from '../db';
import type { MessageKey } from '../i18n';
import type { PopupDeps } from './deps';

/** How long the reader can take back a deletion. */
export const UNDO_MS = 10_000;

export interface RemovalContext {
  deps: Pick<PopupDeps, 'db'>;
  /** Saved data changed: reload the lists. */
  onChanged: () => Promise<void>;
  /** The article's highlights come or go: the page showing it paints again. */
  refreshTab: (url: string) => void;
  report: (key: MessageKey, e: unknown) => void;
}

/** Delete a saved article, with a few seconds to undo. */
export function useRemoval(ctx: RemovalContext) {
  const [pending, setPending] = useState<DeletedArticle | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function dismiss() {
    clearTimeout(timer.current);
    setPending(null);
  }

  /** Resolves true when the article is gone. */
  async function remove(url: string): Promise<boolean> {
    try {
      const deleted = await deleteArticle(await ctx.deps.db.get(), url);
      clearTimeout(timer.current);
      setPending(deleted);
      timer.current = setTimeout(() => setPending(null), UNDO_MS);
      ctx.refreshTab(url);
      await ctx.onChanged();
      return true;
    } catch (e) {
      ctx.report('errDeleteFailed', e);
      return false;
    }
  }

  async function undo() {
    const deleted = pending;
    if (!deleted) return;
    dismiss();
    try {
      await restoreArticle(await ctx.deps.db.get(), deleted);
      ctx.refreshTab(deleted.article.url);
      await ctx.onChanged();
    } catch (e) {
      ctx.report('errUndoFailed', e);
    }
  }

  return { pending, remove, undo, dismiss };
}
